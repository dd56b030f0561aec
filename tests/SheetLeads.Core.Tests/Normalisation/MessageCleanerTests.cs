using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public class MessageCleanerTests
{
    [Fact]
    public void Quoted_lines_are_dropped()
    {
        Assert.Equal("Yes please.\nThursday works.", MessageCleaner.Clean("Yes please.\n> Can we come Thursday?\n>> earlier\nThursday works."));
    }

    [Fact]
    public void Everything_after_an_on_wrote_line_is_cut()
    {
        Assert.Equal("Sounds good.", MessageCleaner.Clean("Sounds good.\n\nOn Mon, 23 Nov 2026 at 09:12, Bob Singh <bob@brightpath.co.uk> wrote:\nWe can come Thursday.\n"));
    }

    [Fact]
    public void An_on_wrote_line_wrapped_over_three_lines_is_still_a_reply_header()
    {
        var text = "Sounds good.\n\nOn Mon, 23 Nov 2026 at 09:12, Bob Singh from Brightpath Plumbing <\nbob@brightpath.co.uk\n> wrote:\n\nWe can come Thursday.";

        Assert.Equal("Sounds good.", MessageCleaner.Clean(text));
    }

    [Theory]
    [InlineData("Le lun. 23 nov. 2026 à 09:12, Bob <bob@x.com> a écrit :")]
    [InlineData("Am Mo., 23. Nov. 2026 um 09:12 Uhr schrieb Bob <bob@x.com>:")]
    [InlineData("W dniu 23.11.2026 o 09:12, Bob <bob@x.com> napisał:")]
    [InlineData("Op ma 23 nov. 2026 om 09:12 schreef Bob <bob@x.com>:")]
    [InlineData("Il giorno lun 23 nov 2026 alle ore 09:12 Bob <bob@x.com> ha scritto:")]
    public void Reply_headers_in_other_languages_are_cut(string header)
    {
        Assert.Equal("Merci.", MessageCleaner.Clean("Merci.\n\n" + header + "\nquoted text"));
    }

    [Fact]
    public void A_sentence_starting_with_on_is_not_a_reply_header()
    {
        var text = "On Monday the boiler stopped.\nMy neighbour wrote: call Brightpath.";

        Assert.Equal(text, MessageCleaner.Clean(text));
    }

    [Fact]
    public void An_outlook_from_sent_subject_block_cuts_the_rest()
    {
        var text = "Thursday is fine.\n\nFrom: Bob Singh <bob@brightpath.co.uk>\nSent: 23 November 2026 09:10\nTo: Kate\nSubject: RE: Visit\n\nWe can come.";

        Assert.Equal("Thursday is fine.", MessageCleaner.Clean(text));
    }

    [Fact]
    public void A_from_line_that_is_no_header_block_stays()
    {
        Assert.Equal("From: next week I am away.\nCall after.", MessageCleaner.Clean("From: next week I am away.\nCall after."));
    }

    [Fact]
    public void The_signature_after_dash_dash_space_is_cut()
    {
        Assert.Equal("Please quote.", MessageCleaner.Clean("Please quote.\n-- \nSophie Turner\n07700 900123"));
    }

    [Fact]
    public void A_horizontal_rule_of_three_dashes_is_not_a_signature()
    {
        Assert.Equal("Part one\n---\nPart two", MessageCleaner.Clean("Part one\n---\nPart two"));
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Sent from my Galaxy")]
    [InlineData("Get Outlook for Android")]
    [InlineData("Envoyé de mon iPhone")]
    [InlineData("Von meinem iPad gesendet")]
    public void Device_signatures_are_removed(string signature)
    {
        Assert.Equal("Can you fix a leak today?", MessageCleaner.Clean("Can you fix a leak today?\n\n" + signature));
    }

    [Fact]
    public void A_sentence_about_an_iphone_is_kept()
    {
        Assert.Equal("I sent from my iPhone a photo of the leak.", MessageCleaner.Clean("I sent from my iPhone a photo of the leak."));
    }

    [Fact]
    public void Original_message_separators_cut_the_rest()
    {
        Assert.Equal("See below.", MessageCleaner.Clean("See below.\n-----Original Message-----\nFrom: x"));
    }

    [Fact]
    public void Line_ends_are_unified_and_invisible_characters_removed()
    {
        Assert.Equal("a\nb\nc d", MessageCleaner.Normalise("\ufeffa\r\nb\rc\u00a0d\u200b\u0007"));
    }

    [Fact]
    public void Blank_line_runs_collapse_to_one_and_spaces_to_one()
    {
        Assert.Equal("a b\n\nc", MessageCleaner.Tidy("  a \t  b  \n\n\n\n   c   \n\n"));
    }

    [Fact]
    public void A_text_within_the_limit_is_not_capped()
    {
        Assert.Equal("abc", MessageCleaner.Cap("abc", 3));
    }

    [Fact]
    public void A_capped_text_is_exactly_the_limit_long_and_ends_in_an_ellipsis()
    {
        var capped = MessageCleaner.Cap(new string('a', 3000), 2000);

        Assert.Equal(2000, capped.Length);
        Assert.EndsWith("a…", capped, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cap_never_splits_a_surrogate_pair()
    {
        var capped = MessageCleaner.Cap("ab😀cd", 4);

        Assert.Equal("ab…", capped);
        Assert.DoesNotContain(capped, char.IsSurrogate);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "…")]
    [InlineData(2, "a…")]
    public void A_tiny_limit_still_gives_a_text_within_it(int limit, string expected)
    {
        Assert.Equal(expected, MessageCleaner.Cap("abcdef", limit));
    }

    [Fact]
    public void An_excerpt_is_one_line_of_at_most_the_length()
    {
        var excerpt = MessageCleaner.Excerpt("line one\nline   two " + new string('x', 300), 200);

        Assert.StartsWith("line one line two x", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= 200 + 1);
    }

    [Fact]
    public void Null_or_empty_text_cleans_to_empty()
    {
        Assert.Equal("", MessageCleaner.Clean(null));
        Assert.Equal("", MessageCleaner.Clean(""));
    }

    [Fact]
    public void A_long_single_line_is_cleaned_and_capped()
    {
        var cleaned = MessageCleaner.Clean(new string('x', 1_000_000));

        Assert.Equal(MessageCleaner.DefaultLimit, cleaned.Length);
    }
}
