using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>RFC 3676 (format=flowed), with the examples of its sections 4.1 to 4.5.</summary>
public class FlowedTextTests
{
    [Fact]
    public void A_line_ending_in_a_space_joins_the_next_keeping_the_space()
    {
        Assert.Equal("Hello there, how are you?\nFine.", FlowedText.Unflow("Hello there, \r\nhow are you?\r\nFine.", deleteSpace: false));
    }

    [Fact]
    public void A_line_without_a_trailing_space_ends_the_paragraph()
    {
        Assert.Equal("one\ntwo", FlowedText.Unflow("one\r\ntwo", deleteSpace: false));
    }

    [Fact]
    public void Delsp_yes_deletes_the_space_that_marked_the_flowed_line()
    {
        Assert.Equal("thermostatic valves", FlowedText.Unflow("thermo \r\nstatic valves", deleteSpace: true));
    }

    [Fact]
    public void A_space_stuffed_line_loses_its_leading_space()
    {
        Assert.Equal("From the start\n> not a quote", FlowedText.Unflow(" From the start\r\n > not a quote", deleteSpace: false));
    }

    [Fact]
    public void The_signature_separator_is_never_flowed_into_the_signature()
    {
        Assert.Equal("Thanks\n-- \nHelen Price", FlowedText.Unflow("Thanks\r\n-- \r\nHelen Price", deleteSpace: false));
    }

    [Fact]
    public void Quoted_lines_flow_only_within_the_same_quote_depth()
    {
        var text = "> Earlier you \r\n> wrote this.\r\n>> Older \r\n>> text.\r\nMy answer \r\nhere.";

        Assert.Equal("> Earlier you wrote this.\n>> Older text.\nMy answer here.", FlowedText.Unflow(text, deleteSpace: false));
    }

    [Fact]
    public void A_flowed_line_followed_by_a_different_quote_depth_ends_there()
    {
        Assert.Equal("> quoted \nnew text", FlowedText.Unflow("> quoted \r\nnew text", deleteSpace: false));
    }

    [Fact]
    public void A_space_after_the_quote_marks_is_stuffing()
    {
        Assert.Equal("> a b", FlowedText.Unflow("> a \r\n> b", deleteSpace: false));
    }

    [Fact]
    public void A_flowed_last_line_is_kept()
    {
        Assert.Equal("last words ", FlowedText.Unflow("last words ", deleteSpace: false));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal("", FlowedText.Unflow("", deleteSpace: false));
    }

    [Fact]
    public void A_quoted_signature_separator_is_not_flowed_either()
    {
        Assert.Equal("> -- \n> Bob", FlowedText.Unflow("> -- \r\n> Bob", deleteSpace: false));
    }

    [Fact]
    public void A_flowed_mail_is_unflowed_by_the_reader_and_its_signature_cut()
    {
        var mail = NumberedMailFixtures.Read("09-flowed-signature.eml");

        Assert.Contains("about 40 square metres and would like a quote for wet underfloor heating connected to our existing system.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("\nFrom what I have read", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("\n-- \nHelen Price", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delsp_mail_is_unflowed_without_the_marking_spaces()
    {
        Assert.StartsWith("Please replace the thermostatic valves on four radiators.", NumberedMailFixtures.Read("36-flowed-delsp.eml").TextBody, StringComparison.Ordinal);
    }
}
