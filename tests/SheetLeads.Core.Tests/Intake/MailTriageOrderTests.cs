using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using static SheetLeads.Core.Tests.Intake.MailSamples;

namespace SheetLeads.Core.Tests.Intake;

public class MailTriageOrderTests
{
    private static SkipReason? ReasonOf(MailMessage mail) => MailTriage.Classify(mail, Settings())?.Reason;

    [Fact]
    public void A_plain_mail_from_a_customer_is_not_skipped()
    {
        Assert.Null(MailTriage.Classify(Mail(), Settings()));
    }

    [Fact]
    public void Input_without_a_header_block_is_unparseable_with_the_readers_reason()
    {
        var mail = new MailMessage { RawDigest = "00", HasHeaders = false, Problem = "binary data, not a mail", DeliveredAt = Delivered };

        var skip = MailTriage.Classify(mail, Settings());

        Assert.Equal((SkipReason.Unparseable, "binary data, not a mail"), skip);
    }

    [Fact]
    public void A_header_block_without_from_sender_or_reply_to_is_unparseable()
    {
        var mail = Mail() with { Headers = [new MailHeader("Subject", "hello"), new MailHeader("X-Mailer", "x")], From = null };

        Assert.Equal(SkipReason.Unparseable, ReasonOf(mail));
    }

    [Fact]
    public void A_delivery_report_that_lost_its_from_is_still_a_bounce()
    {
        var mail = Mail(reportType: "delivery-status", deliveryStatus: true, headers: ("Return-Path", "<>")) with
        {
            From = null,
            Headers = [new MailHeader("Return-Path", "<>"), new MailHeader("Subject", "Mail delivery failed: returning message to sender")],
        };

        Assert.Equal(SkipReason.Bounce, ReasonOf(mail));
    }

    [Fact]
    public void List_mail_that_lost_its_from_is_still_bulk()
    {
        var mail = Mail() with { From = null, Headers = [new MailHeader("List-Id", "<x.lists.example.org>"), new MailHeader("Subject", "digest")] };

        Assert.Equal(SkipReason.Bulk, ReasonOf(mail));
    }

    [Theory]
    [InlineData("YES")]
    [InlineData("yes")]
    [InlineData("YES, hits=12.3 required=5.0")]
    public void X_spam_flag_yes_is_spam(string flag)
    {
        Assert.Equal(SkipReason.Spam, ReasonOf(Mail(headers: ("X-Spam-Flag", flag))));
    }

    [Fact]
    public void X_spam_flag_no_is_not_a_skip()
    {
        Assert.Null(ReasonOf(Mail(headers: [("X-Spam-Flag", "NO"), ("X-Spam-Status", "No, score=-0.1 required=5.0")])));
    }

    [Fact]
    public void Spam_is_decided_before_every_other_reason()
    {
        var mail = Mail(from: "MAILER-DAEMON@mail.brightpath.co.uk", reportType: "delivery-status",
            headers: [("X-Spam-Flag", "YES"), ("X-SheetLeads", "notification"), ("List-Unsubscribe", "<mailto:u@x.com>")]);

        Assert.Equal(SkipReason.Spam, ReasonOf(mail));
    }

    [Fact]
    public void A_mail_with_the_x_sheetleads_header_is_an_own_notification()
    {
        Assert.Equal(SkipReason.OwnNotification, ReasonOf(Mail(from: "Alerts <alerts@brightpath.co.uk>", headers: ("X-SheetLeads", "new-lead L-000123"))));
    }

    [Fact]
    public void A_mail_from_the_configured_notification_sender_is_an_own_notification_without_the_header()
    {
        var mail = Mail(from: "SheetLeads <SheetLeads@Brightpath.co.uk>", subject: "Daily digest");

        Assert.Equal(SkipReason.OwnNotification, ReasonOf(mail));
    }

    [Fact]
    public void Without_a_configured_notification_sender_that_address_is_just_the_own_domain()
    {
        var mail = Mail(from: "sheetleads@brightpath.co.uk", subject: "Daily digest");

        Assert.Null(MailTriage.Classify(mail, Settings(notificationSender: null)));
    }

    [Fact]
    public void An_own_notification_is_decided_before_a_bounce_or_auto_reply_header()
    {
        var mail = Mail(from: "sheetleads@brightpath.co.uk", headers: [("Auto-Submitted", "auto-generated"), ("X-SheetLeads", "digest")]);

        Assert.Equal(SkipReason.OwnNotification, ReasonOf(mail));
    }

    [Theory]
    [InlineData("delivery-status")]
    [InlineData("feedback-report")]
    public void A_multipart_report_about_delivery_is_a_bounce(string reportType)
    {
        Assert.Equal(SkipReason.Bounce, ReasonOf(Mail(from: "someone@example.net", reportType: reportType)));
    }

    [Fact]
    public void A_delivery_status_part_anywhere_is_a_bounce()
    {
        Assert.Equal(SkipReason.Bounce, ReasonOf(Mail(from: "someone@example.net", deliveryStatus: true)));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mail.example.net")]
    [InlineData("postmaster@example.net")]
    [InlineData("Mail Delivery System <bounces@example.net>")]
    [InlineData("MAILER-DAEMON <noreply@example.net>")]
    public void A_mail_from_a_mailer_daemon_or_postmaster_is_a_bounce(string from)
    {
        Assert.Equal(SkipReason.Bounce, ReasonOf(Mail(from: from, subject: "Undelivered Mail Returned to Sender")));
    }

    [Fact]
    public void A_from_the_reader_could_not_parse_still_names_the_daemon_in_its_text()
    {
        var mail = Mail(subject: "failure notice") with
        {
            From = null,
            Headers = [new MailHeader("From", "MAILER-DAEMON <>"), new MailHeader("Subject", "failure notice")],
        };

        Assert.Equal(SkipReason.Bounce, ReasonOf(mail));
    }

    [Fact]
    public void A_bounce_that_also_says_auto_replied_is_a_bounce()
    {
        var mail = Mail(from: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightpath.co.uk", reportType: "delivery-status",
            headers: ("Auto-Submitted", "auto-replied"));

        Assert.Equal(SkipReason.Bounce, ReasonOf(mail));
    }

    [Fact]
    public void A_null_return_path_with_a_delivery_failure_subject_is_a_bounce()
    {
        var mail = Mail(from: "Mail System <system@example.net>", subject: "Delivery Status Notification (Failure)", headers: ("Return-Path", "<>"));

        Assert.Equal(SkipReason.Bounce, ReasonOf(mail));
    }

    [Fact]
    public void A_null_return_path_with_any_other_subject_is_an_auto_reply()
    {
        var mail = Mail(subject: "Thanks for your message", headers: ("Return-Path", "<>"));

        Assert.Equal(SkipReason.AutoReply, ReasonOf(mail));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Auto-Submitted", "auto-notified; owner-email=\"a@example.net\"")]
    [InlineData("Auto-Submitted", "auto-replied(vacation)")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("X-Apple-Action", "VACATION/vacation-reply")]
    public void Auto_reply_headers_make_an_auto_reply(string name, string value)
    {
        Assert.Equal(SkipReason.AutoReply, ReasonOf(Mail(subject: "Automatic reply: Radiators", headers: (name, value))));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("No")]
    [InlineData("no; comment")]
    [InlineData("no (typed by a person)")]
    public void Auto_submitted_no_is_a_person_and_is_not_skipped(string value)
    {
        Assert.Null(ReasonOf(Mail(headers: ("Auto-Submitted", value))));
    }

    [Fact]
    public void Outlooks_auto_response_suppress_header_on_a_persons_mail_is_not_an_auto_reply()
    {
        Assert.Null(ReasonOf(Mail(headers: [("X-Auto-Response-Suppress", "All"), ("X-MS-Has-Attach", "")])));
    }

    [Fact]
    public void An_x_autoreply_header_that_says_no_is_not_skipped()
    {
        Assert.Null(ReasonOf(Mail(headers: ("X-Autoreply", "no"))));
    }

    [Fact]
    public void A_read_receipt_is_an_auto_reply()
    {
        Assert.Equal(SkipReason.AutoReply, ReasonOf(Mail(subject: "Read: Quote", reportType: "disposition-notification")));
    }

    [Theory]
    [InlineData("List-Unsubscribe", "<https://brightnews.us1.list-manage.com/unsubscribe?u=1>")]
    [InlineData("List-Id", "Plumbers of Leeds <plumbers-leeds.googlegroups.com>")]
    [InlineData("LIST-ID", "<x.lists.example.org>")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "list")]
    [InlineData("Precedence", "junk")]
    public void List_and_bulk_headers_make_bulk_mail(string name, string value)
    {
        Assert.Equal(SkipReason.Bulk, ReasonOf(Mail(from: "news@brightnews.example", headers: (name, value))));
    }

    [Fact]
    public void An_auto_reply_is_decided_before_bulk()
    {
        Assert.Equal(SkipReason.AutoReply, ReasonOf(Mail(headers: [("Precedence", "bulk"), ("Auto-Submitted", "auto-replied")])));
    }

    [Fact]
    public void A_bounce_from_the_own_domain_is_a_bounce_and_triage_never_says_own_domain()
    {
        var mail = Mail(from: "MAILER-DAEMON@mail.brightpath.co.uk", subject: "Undelivered Mail Returned to Sender");

        Assert.Equal(SkipReason.Bounce, ReasonOf(mail));
        Assert.Null(ReasonOf(Mail(from: "bob@brightpath.co.uk")));
    }
}
