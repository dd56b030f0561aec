using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public sealed class ReferenceTests
{
    [Fact]
    public void A_reference_is_written_as_channel_colon_external_id()
    {
        var reference = new Reference("site", "sub-1003");

        var text = reference.ToString();

        Assert.Equal("site:sub-1003", text);
    }

    [Fact]
    public void A_reference_splits_at_the_first_colon_so_a_digest_id_stays_whole()
    {
        var read = Reference.TryParse("mail:sha256:0123456789abcdef0123456789abcdef", out var reference);

        Assert.True(read);
        Assert.Equal("mail", reference!.Value.Channel);
        Assert.Equal("sha256:0123456789abcdef0123456789abcdef", reference.Value.ExternalId);
    }

    [Fact]
    public void A_message_id_reference_reads_back_to_the_same_text()
    {
        const string text = "mail:CAF=x7+abc@mail.gmail.com";

        var read = Reference.TryParse(text, out var reference);

        Assert.True(read);
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-colon")]
    [InlineData(":sub-1001")]
    [InlineData("site:")]
    public void Text_that_is_not_a_reference_is_refused(string? text)
    {
        var read = Reference.TryParse(text, out var reference);

        Assert.False(read);
        Assert.Null(reference);
    }

    [Fact]
    public void A_ref_cell_holds_one_reference_per_line_and_other_lines_are_ignored()
    {
        const string cell = "mail:a@example.com\r\n\nnot a reference\n  site:sub-1001  \n";

        var references = Reference.ParseLines(cell);

        Assert.Equal([new Reference("mail", "a@example.com"), new Reference("site", "sub-1001")], references);
    }

    [Fact]
    public void References_are_compared_exactly()
    {
        var upper = new Reference("mail", "ABC@example.com");
        var lower = new Reference("mail", "abc@example.com");

        Assert.NotEqual(upper, lower);
    }
}
