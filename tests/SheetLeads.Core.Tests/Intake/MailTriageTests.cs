using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Intake;

public class MailTriageTests
{
    [Fact]
    public void A_mail_without_headers_is_unparseable_with_the_readers_reason()
    {
        var mail = MailSome.Mail() with { HasHeaders = false, Problem = "the input is empty" };

        var verdict = MailTriage.Classify(mail, MailSome.Settings());

        Assert.Equal((SkipReason.Unparseable, "the input is empty"), verdict);
    }

    [Theory]
    [InlineData("YES")]
    [InlineData("Yes")]
    [InlineData("yes ")]
    public void X_Spam_Flag_yes_is_spam(string flag)
    {
        var mail = MailSome.Mail(headers: [("X-Spam-Flag", flag)]);

        Assert.Equal(SkipReason.Spam, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void X_Spam_Flag_no_is_not_spam()
    {
        var mail = MailSome.Mail(headers: [("X-Spam-Flag", "NO"), ("X-Spam-Status", "No, score=0.4 required=5.0")]);

        Assert.Null(MailTriage.Classify(mail, MailSome.Settings()));
    }

    [Fact]
    public void The_SheetLeads_header_marks_an_own_notification_even_when_it_looks_like_a_form()
    {
        var mail = MailSome.Mail(from: "leads@oakleaf-plumbing.co.uk", text: "Name: Dan Webb\nEmail: dan@example.org", headers: [("X-SheetLeads", "new-lead")]);

        Assert.Equal(SkipReason.OwnNotification, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void Mail_from_the_configured_notification_sender_is_an_own_notification()
    {
        var mail = MailSome.Mail(from: "SheetLeads <SheetLeads@Oakleaf-Plumbing.co.uk>");

        Assert.Equal(SkipReason.OwnNotification, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void A_delivery_status_report_is_a_bounce_even_when_it_is_also_auto_submitted()
    {
        var mail = MailSome.Mail(from: "postmaster@oakleaf-plumbing.co.uk", headers: [("Auto-Submitted", "auto-replied")])
            with { ReportType = "delivery-status", HasDeliveryStatus = true };

        Assert.Equal(SkipReason.Bounce, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void A_delivery_status_part_below_the_top_is_a_bounce()
    {
        var mail = MailSome.Mail() with { HasDeliveryStatus = true };

        Assert.Equal(SkipReason.Bounce, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.org")]
    [InlineData("postmaster@example.org")]
    [InlineData("Mail Delivery Subsystem <bounces@example.org>")]
    [InlineData("MAILER-DAEMON <>")]
    public void A_mail_from_a_mailer_daemon_is_a_bounce(string from)
    {
        var mail = MailSome.Mail(from: from);

        Assert.Equal(SkipReason.Bounce, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated; type=vacation")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Vacation")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Return-Path", "<>")]
    public void Auto_reply_headers_make_an_auto_reply(string name, string value)
    {
        var mail = MailSome.Mail(headers: [(name, value)]);

        Assert.Equal(SkipReason.AutoReply, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void Auto_Submitted_no_is_not_an_auto_reply()
    {
        var mail = MailSome.Mail(headers: [("Auto-Submitted", "no")]);

        Assert.Null(MailTriage.Classify(mail, MailSome.Settings()));
    }

    [Fact]
    public void A_read_receipt_is_an_auto_reply()
    {
        var mail = MailSome.Mail() with { ReportType = "disposition-notification" };

        Assert.Equal(SkipReason.AutoReply, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Theory]
    [InlineData("List-Unsubscribe", "<mailto:unsubscribe@news.example.org>")]
    [InlineData("List-Id", "<plumbers.googlegroups.com>")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "list")]
    [InlineData("Precedence", "junk")]
    public void List_and_bulk_headers_make_bulk_mail(string name, string value)
    {
        var mail = MailSome.Mail(headers: [(name, value)]);

        Assert.Equal(SkipReason.Bulk, MailTriage.Classify(mail, MailSome.Settings())?.Reason);
    }

    [Fact]
    public void A_persons_mail_passes_triage()
    {
        var mail = MailSome.Mail(headers: [("Return-Path", "<dan.webb@example.org>"), ("Precedence", "normal")]);

        Assert.Null(MailTriage.Classify(mail, MailSome.Settings()));
    }
}
