using SheetLeads.Core.Intake;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

public class LabelledLinesTests
{
    private static (string Label, string Value)[] Parse(string text) =>
        LabelledLines.Parse(text, FieldLabels.Default).Select(f => (f.Label, f.Value)).ToArray();

    [Fact]
    public void Label_value_lines_are_read_in_order_with_values_trimmed()
    {
        var fields = Parse("Name:  Ann Lee \nEmail: ann@example.com\r\nPostcode:LS6 2AB");

        Assert.Equal([("Name", "Ann Lee"), ("Email", "ann@example.com"), ("Postcode", "LS6 2AB")], fields);
    }

    [Fact]
    public void A_label_with_nothing_after_the_colon_takes_the_lines_below_as_its_value()
    {
        var fields = Parse("Your name: Priya\nMessage Body:\nFirst line\n\nSecond paragraph\n");

        Assert.Equal(("Message Body", "First line\n\nSecond paragraph"), fields[1]);
    }

    [Fact]
    public void A_block_value_ends_at_the_next_known_label()
    {
        var fields = Parse("Message Body:\nThe tap drips.\nPhone: 07700 900123");

        Assert.Equal([("Message Body", "The tap drips."), ("Phone", "07700 900123")], fields);
    }

    [Fact]
    public void A_message_value_runs_on_over_unlabelled_lines_until_a_blank_line()
    {
        var fields = Parse("Message: The tap drips\nand the boiler bangs.\nNote: after 5pm\n\nThanks");

        Assert.Equal(("Message", "The tap drips\nand the boiler bangs.\nNote: after 5pm"), fields[0]);
        Assert.Single(fields);
    }

    [Fact]
    public void Table_rows_read_as_label_tab_value()
    {
        var fields = Parse("First Name\tOlivia\nEmail\to@example.com\nHow did you hear about us?\tGoogle");

        Assert.Equal([("First Name", "Olivia"), ("Email", "o@example.com"), ("How did you hear about us?", "Google")], fields);
    }

    [Fact]
    public void A_table_cell_typed_over_several_lines_keeps_every_line()
    {
        var html = "<table><tr><td>Name</td><td>Olivia</td></tr><tr><td>Message</td><td>The hall radiator is cold.<br>The others are fine.</td></tr>" +
                   "<tr><td>Address</td><td>12 High St<br>Leeds</td></tr></table><p>Sent by Forms</p>";

        var fields = Parse(HtmlText.ToText(html));

        Assert.Equal([("Name", "Olivia"), ("Message", "The hall radiator is cold.\nThe others are fine."), ("Address", "12 High St\nLeeds")], fields);
    }

    [Theory]
    [InlineData("Hi, I need a quote. Thanks!")]
    [InlineData("See https://example.com/page")]
    [InlineData("Ring me on 07700 900123, ta.")]
    [InlineData("12:30 suits me")]
    public void Sentences_are_not_labels(string line)
    {
        Assert.Empty(Parse(line));
    }

    [Fact]
    public void A_label_longer_than_sixty_characters_is_not_a_label()
    {
        Assert.Empty(Parse(new string('a', 61) + ": value"));
        Assert.Single(Parse(new string('a', 60) + ": value"));
    }

    [Fact]
    public void Empty_text_has_no_fields()
    {
        Assert.Empty(Parse(""));
    }

    [Fact]
    public void Ten_thousand_block_labels_in_a_row_are_read_without_rescanning()
    {
        var text = string.Concat(Enumerable.Repeat("Message:\n", 10_000));

        Assert.Equal(10_000, Parse(text).Length);
    }
}
