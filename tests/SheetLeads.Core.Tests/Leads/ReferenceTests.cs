using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public class ReferenceTests
{
    [Fact]
    public void A_reference_splits_at_the_first_colon_so_a_digest_id_keeps_its_prefix()
    {
        var ok = Reference.TryParse("mail:sha256:0123456789abcdef0123456789abcdef", out var reference);

        Assert.True(ok);
        Assert.Equal(new Reference("mail", "sha256:0123456789abcdef0123456789abcdef"), reference);
    }

    [Fact]
    public void A_reference_is_written_as_channel_colon_external_id()
    {
        var reference = new Reference("mail", "CAF=abc123@mail.gmail.com");

        Assert.Equal("mail:CAF=abc123@mail.gmail.com", reference.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-colon")]
    [InlineData(":starts-with-colon")]
    [InlineData("ends-with-colon:")]
    public void Text_that_is_not_a_reference_is_refused(string? text)
    {
        Assert.False(Reference.TryParse(text, out _));
    }

    [Fact]
    public void A_ref_cell_holds_one_reference_per_line_and_other_lines_are_ignored()
    {
        var refs = Reference.ParseLines("mail:a@b.c\r\n\nsite:sub-1001\n  typed by hand \n tally:xYz ");

        Assert.Equal([new Reference("mail", "a@b.c"), new Reference("site", "sub-1001"), new Reference("tally", "xYz")], refs);
    }

    [Fact]
    public void References_are_compared_exactly()
    {
        Assert.NotEqual(new Reference("site", "ABC"), new Reference("site", "abc"));
        Assert.NotEqual(new Reference("site", "abc"), new Reference("form", "abc"));
    }
}
