using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Intake;

public class MailForwardedBlockTests
{
    [Fact]
    public void A_Gmail_forward_gives_the_original_sender_and_the_text_below_its_header_block()
    {
        var body = "Take this one?\n\n---------- Forwarded message ---------\nFrom: Kevin Marsh <kev@example.org>\nDate: Mon, 16 Nov 2026 at 19:42\nSubject: Burst pipe\nTo: <alex@oakleaf-plumbing.co.uk>\n\n\nThe loft pipe burst.";

        var block = ForwardedBlock.Find(body, "Fwd: Burst pipe");

        Assert.Equal((new MailAddress("Kevin Marsh", "kev@example.org"), "The loft pipe burst."), (block?.From, block?.Body));
    }

    [Fact]
    public void An_Apple_Mail_forward_is_found_by_its_marker_whatever_the_subject()
    {
        var body = "Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Wendy Marsh <wendy@example.org>\nDate: 18 November 2026 at 17:31:02 GMT\nTo: jo@oakleaf-plumbing.co.uk\nSubject: Dishwasher\n\nHello Jo, please quote.";

        var block = ForwardedBlock.Find(body, "Dishwasher");

        Assert.Equal("wendy@example.org", block?.From.Address);
    }

    [Fact]
    public void An_Outlook_header_block_is_a_forward_under_an_FW_subject()
    {
        var body = "FYI\n\nFrom: Sandra Bell [mailto:sandra@bell.example]\nSent: 17 November 2026 08:03\nTo: Sam\nSubject: Three flats\n\nDear Sam, please quote.";

        var block = ForwardedBlock.Find(body, "FW: Three flats");

        Assert.Equal((new MailAddress("Sandra Bell", "sandra@bell.example"), "Dear Sam, please quote."), (block?.From, block?.Body));
    }

    [Fact]
    public void An_Outlook_header_block_under_a_reply_subject_is_a_quoted_reply_not_a_forward()
    {
        var body = "Thanks!\n\nFrom: Sandra Bell <sandra@bell.example>\nSent: 17 November 2026 08:03\nTo: Sam\nSubject: Three flats\n\nDear Sam";

        Assert.Null(ForwardedBlock.Find(body, "RE: Three flats"));
    }

    [Fact]
    public void A_forward_marker_without_a_From_line_is_not_a_forwarded_enquiry()
    {
        var body = "---------- Forwarded message ---------\nDate: Mon, 16 Nov 2026\nSubject: x\n\nText";

        Assert.Null(ForwardedBlock.Find(body, "Fwd: x"));
    }
}
