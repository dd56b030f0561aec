using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

public class MailMessageCleanerTests
{
    [Fact]
    public void A_signature_below_the_dash_dash_space_delimiter_is_cut()
    {
        var text = MessageCleaner.Clean("Please quote.\n\nTom\n\n-- \nTom Fielding | 07700 900555");

        Assert.Equal("Please quote.\n\nTom", text);
    }

    [Fact]
    public void A_reply_header_wrapped_over_two_lines_and_the_quote_below_it_are_cut()
    {
        var text = MessageCleaner.Clean("Yes please.\n\nOn Mon, 9 Nov 2026 at 10:15, Oakleaf Plumbing <\nhello@oakleaf-plumbing.co.uk> wrote:\n\n> Our price is GBP 950.");

        Assert.Equal("Yes please.", text);
    }

    [Fact]
    public void Quoted_lines_are_dropped()
    {
        var text = MessageCleaner.Clean("> old text\nNew text");

        Assert.Equal("New text", text);
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Get Outlook for iOS<https://aka.ms/o0ukef>")]
    [InlineData("Sent from Mail for Windows")]
    public void Device_signatures_are_removed(string signature)
    {
        var text = MessageCleaner.Clean("Please call me.\n\n" + signature);

        Assert.Equal("Please call me.", text);
    }

    [Fact]
    public void An_Outlook_reply_header_block_and_the_underscore_rule_above_it_are_cut()
    {
        var text = MessageCleaner.Clean("Thursday is fine.\n\nDaniel\n\n________________________________\nFrom: Jo Lin <jo@oakleaf-plumbing.co.uk>\nSent: 16 November 2026 14:10\nTo: Daniel\nSubject: Re: Leak\n\nWhich day suits?");

        Assert.Equal("Thursday is fine.\n\nDaniel", text);
    }

    [Fact]
    public void An_underscore_line_that_is_not_above_a_quoted_header_stays()
    {
        var text = MessageCleaner.Clean("Part one\n__________\nPart two");

        Assert.Equal("Part one\n__________\nPart two", text);
    }

    [Fact]
    public void Line_ends_are_unified_and_invisible_characters_removed()
    {
        var text = MessageCleaner.Normalise("\ufeffa\r\nb\rc\u200b\u00a0d");

        Assert.Equal("a\nb\nc d", text);
    }

    [Fact]
    public void A_long_message_is_capped_with_an_ellipsis_without_splitting_a_surrogate_pair()
    {
        var text = MessageCleaner.Cap(new string('a', 8) + "😀" + "bbbb", 10);

        Assert.Equal(new string('a', 8) + "…", text);
    }
}
