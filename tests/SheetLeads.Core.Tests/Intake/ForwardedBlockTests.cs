using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Tests.Intake;

public class ForwardedBlockTests
{
    [Fact]
    public void A_gmail_forward_gives_the_original_sender_and_the_text_below_its_headers()
    {
        var body = "Over to you\n\n---------- Forwarded message ---------\nFrom: Kevin Hughes <kev@example.com>\nDate: Mon, 23 Nov 2026 at 08:55\nSubject: Refit\nTo: <alice@brightpath.co.uk>\n\n\nPlease quote for a refit.\n";

        var block = ForwardedBlock.Find(body, "Fwd: Refit");

        Assert.Equal(new MailAddress("Kevin Hughes", "kev@example.com"), block?.From);
        Assert.Equal("Please quote for a refit.", block?.Body);
    }

    [Fact]
    public void The_gmail_marker_is_enough_without_a_forward_subject()
    {
        var body = "---------- Forwarded message ---------\nFrom: kev@example.com\nTo: alice@brightpath.co.uk\n\nHello";

        Assert.Equal(new MailAddress(null, "kev@example.com"), ForwardedBlock.Find(body, "Refit")?.From);
    }

    [Fact]
    public void An_apple_mail_forward_is_found_by_begin_forwarded_message()
    {
        var body = "Begin forwarded message:\n\nFrom: \"Ellis, Margaret\" <margaret@example.co.uk>\nSubject: Leak\nDate: 23 November 2026 at 08:01:12 GMT\nTo: chloe@brightpath.co.uk\n\nWater under the sink.";

        var block = ForwardedBlock.Find(body, "Fwd: Leak");

        Assert.Equal(new MailAddress("Ellis, Margaret", "margaret@example.co.uk"), block?.From);
        Assert.Equal("Water under the sink.", block?.Body);
    }

    [Fact]
    public void An_outlook_forward_under_an_fw_subject_reads_a_mailto_address_and_bold_field_names()
    {
        var body = "________________________________\n*From:* Sandra Lloyd [mailto:sandra@lloyd-estates.co.uk]\n*Sent:* 23 November 2026 09:10\n*To:* Enquiries\n*Subject:* Flat 2\n\nNo pressure in flat 2.";

        var block = ForwardedBlock.Find(body, "FW: Flat 2");

        Assert.Equal(new MailAddress("Sandra Lloyd", "sandra@lloyd-estates.co.uk"), block?.From);
        Assert.Equal("No pressure in flat 2.", block?.Body);
    }

    [Fact]
    public void An_outlook_header_block_without_a_separator_counts_under_a_forward_subject()
    {
        var body = "From: Sandra Lloyd <sandra@lloyd-estates.co.uk>\nSent: 23 November 2026 09:10\nTo: Enquiries\nSubject: Flat 2\n\nNo pressure.";

        Assert.Equal("sandra@lloyd-estates.co.uk", ForwardedBlock.Find(body, "Fw: Flat 2")?.From.Address);
    }

    [Fact]
    public void An_outlook_header_block_in_a_reply_is_not_a_forward()
    {
        var body = "Thanks!\n\nFrom: Sandra Lloyd <sandra@lloyd-estates.co.uk>\nSent: 23 November 2026 09:10\nTo: Enquiries\nSubject: Flat 2\n\nNo pressure.";

        Assert.Null(ForwardedBlock.Find(body, "RE: Flat 2"));
    }

    [Fact]
    public void A_thunderbird_forward_with_subject_and_date_first_is_found()
    {
        var body = "-------- Forwarded Message --------\nSubject: \tBoiler\nDate: \tMon, 23 Nov 2026 08:00:00 +0000\nFrom: \tTom Baker <tom@example.org>\nTo: \tbob@brightpath.co.uk\n\nBoiler is leaking.";

        Assert.Equal(new MailAddress("Tom Baker", "tom@example.org"), ForwardedBlock.Find(body, "Fwd: Boiler")?.From);
    }

    [Theory]
    [InlineData("Fwd: Boiler")]
    [InlineData("FW: Boiler")]
    [InlineData("Re: Fwd: Boiler")]
    [InlineData("TR: Chaudière")]
    [InlineData("WG: Heizung")]
    public void Forward_subject_prefixes_in_several_languages_are_recognised(string subject)
    {
        var body = "From: Tom Baker <tom@example.org>\nSent: Monday\nSubject: Boiler\n\nHello";

        Assert.NotNull(ForwardedBlock.Find(body, subject));
    }

    [Fact]
    public void A_marker_without_a_from_field_is_not_a_forward()
    {
        Assert.Null(ForwardedBlock.Find("---------- Forwarded message ---------\nDate: Mon\nSubject: x\n\nHello", "Fwd: x"));
    }

    [Fact]
    public void A_from_field_alone_is_not_a_header_block()
    {
        Assert.Null(ForwardedBlock.Find("---------- Forwarded message ---------\nFrom: Tom <tom@example.org>\n\nHello", "Fwd: x"));
    }

    [Fact]
    public void A_from_field_without_an_address_is_not_a_forward()
    {
        Assert.Null(ForwardedBlock.Find("---------- Forwarded message ---------\nFrom: Tom Baker\nDate: Monday\n\nHello", "Fwd: x"));
    }

    [Fact]
    public void A_plain_mail_is_not_a_forward()
    {
        Assert.Null(ForwardedBlock.Find("Hello, I need a plumber.\nFrom: next week I am away.", null));
    }

    [Fact]
    public void A_first_marker_without_a_header_block_does_not_hide_a_later_real_one()
    {
        var body = "Begin forwarded message:\nsee below\n\n---------- Forwarded message ---------\nFrom: Tom <tom@example.org>\nTo: bob@brightpath.co.uk\n\nHello";

        Assert.Equal("tom@example.org", ForwardedBlock.Find(body, null)?.From.Address);
    }
}
