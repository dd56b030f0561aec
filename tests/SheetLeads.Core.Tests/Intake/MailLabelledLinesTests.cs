using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Intake;

public class MailLabelledLinesTests
{
    private static string[] Pairs(string text) =>
        LabelledLines.Parse(text, FieldLabels.Default).Select(f => f.Label + "=" + f.Value).ToArray();

    [Fact]
    public void Label_colon_value_lines_are_answers()
    {
        var pairs = Pairs("Your name: Ravi Kumar\nE-mail: ravi@example.org\nTelephone: 0161 496 0753");

        Assert.Equal(["Your name=Ravi Kumar", "E-mail=ravi@example.org", "Telephone=0161 496 0753"], pairs);
    }

    [Fact]
    public void A_label_with_nothing_after_the_colon_takes_the_lines_below_it()
    {
        var pairs = Pairs("Phone: 07700 900123\n\nMessage Body:\nFirst line.\nSecond line.");

        Assert.Equal(["Phone=07700 900123", "Message Body=First line.\nSecond line."], pairs);
    }

    [Fact]
    public void A_message_runs_on_over_unlabelled_lines_until_the_next_known_label()
    {
        var pairs = Pairs("Message: The boiler is noisy\nand leaks at night.\nPhone: 07700 900123");

        Assert.Equal(["Message=The boiler is noisy\nand leaks at night.", "Phone=07700 900123"], pairs);
    }

    [Fact]
    public void Table_rows_with_label_and_value_cells_side_by_side_are_answers()
    {
        var pairs = Pairs("You have a new form submission\nName\tOlivia Grant\nEmail\tolivia@grant.example");

        Assert.Equal(["Name=Olivia Grant", "Email=olivia@grant.example"], pairs);
    }

    [Fact]
    public void A_known_label_alone_on_its_line_takes_the_next_line_as_its_value()
    {
        var pairs = Pairs("Name\nJack Wilson\nEmail\njack@example.org\nMessage\nNew bathroom.\nTiles already bought.");

        Assert.Equal(["Name=Jack Wilson", "Email=jack@example.org", "Message=New bathroom.\nTiles already bought."], pairs);
    }

    [Fact]
    public void A_sentence_is_not_a_label()
    {
        var pairs = Pairs("Hello, I need a plumber. Can you help?\nThanks, Jack");

        Assert.Empty(pairs);
    }
}
