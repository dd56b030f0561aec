using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Intake;

public class MailIntakeTests
{
    [Fact]
    public void A_mails_reference_is_its_Message_ID_without_angle_brackets()
    {
        var mail = MailSome.Mail(messageId: "<CAK123@mail.gmail.com>");

        var reference = MailIntake.ReferenceOf("mail", mail);

        Assert.Equal("mail:CAK123@mail.gmail.com", reference.ToString());
    }

    [Fact]
    public void A_mail_without_a_Message_ID_is_referenced_by_the_first_32_hex_of_its_digest()
    {
        var mail = MailSome.Mail(messageId: null);

        var reference = MailIntake.ReferenceOf("mail", mail);

        Assert.Equal("mail:sha256:0123456789abcdef0123456789abcdef", reference.ToString());
    }

    [Fact]
    public void A_persons_mail_is_an_enquiry_from_the_sender_with_the_name_capitalised()
    {
        var mail = MailSome.Mail(from: "DAN WEBB <Dan.Webb@Example.org>");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal(("Dan Webb", "dan.webb@example.org", "Hello, could you quote for a new kitchen tap?"), (enquiry.Name, enquiry.Email?.Value, enquiry.Message));
    }

    [Fact]
    public void Reply_To_outside_the_own_domains_is_the_customer()
    {
        var mail = MailSome.Mail(from: "Dan Webb <dan@webb-family.example>", replyTo: "Dan Webb <dan.webb@work.example>");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal("dan.webb@work.example", enquiry.Email?.Value);
    }

    [Fact]
    public void Mail_from_the_own_domain_is_skipped_as_own_domain()
    {
        var mail = MailSome.Mail(from: "Sam Okoye <sam@oakleaf-plumbing.co.uk>", text: "Van is booked in on Friday.");

        Assert.Equal(SkipReason.OwnDomain, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void Mail_from_a_subdomain_of_the_own_domain_is_own_domain_too()
    {
        var mail = MailSome.Mail(from: "alerts@crm.oakleaf-plumbing.co.uk");

        Assert.Equal(SkipReason.OwnDomain, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void A_team_members_own_reply_in_a_known_thread_is_own_domain_not_an_enquiry()
    {
        var mail = MailSome.Mail(from: "Jo Lin <jo@oakleaf-plumbing.co.uk>", subject: "Re: Leak under bath",
            text: "Hi Daniel, we can come on Thursday.\n\nOn Mon, 16 Nov 2026 at 10:00, Daniel <d@example.org> wrote:\n> Is Thursday OK?")
            with { InReplyTo = ["CAF1@mail.gmail.com"] };

        Assert.Equal(SkipReason.OwnDomain, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void A_bounce_from_the_own_domain_is_a_bounce_not_own_domain()
    {
        var mail = MailSome.Mail(from: "MAILER-DAEMON@mx.oakleaf-plumbing.co.uk") with { ReportType = "delivery-status" };

        Assert.Equal(SkipReason.Bounce, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void A_form_notification_from_the_own_domain_is_an_enquiry_from_the_customer_in_Reply_To()
    {
        var mail = MailSome.Mail(
            from: "Oakleaf Plumbing <wordpress@oakleaf-plumbing.co.uk>",
            replyTo: "Priya Shah <Priya.Shah@Gmail.com>",
            text: "From: Priya Shah <Priya.Shah@Gmail.com>\nPhone: 07700 900321\n\nMessage Body:\nPlease fit an outside tap.\n\n-- \nThis e-mail was sent from a contact form");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal(("Priya Shah", "priya.shah@gmail.com", "+447700900321", "Please fit an outside tap."),
            (enquiry.Name, enquiry.Email?.Value, enquiry.Phone?.Text, enquiry.Message));
    }

    [Fact]
    public void An_HTML_table_notification_is_an_enquiry_from_the_address_in_its_Email_field()
    {
        var mail = MailSome.Mail(from: "Wix Forms <no-reply@wix-forms.example>", text: null,
            html: "<table><tr><td>Name</td><td>Olivia Grant</td></tr><tr><td>Email</td><td>olivia@grant.example</td></tr>" +
                  "<tr><td>Company</td><td>Grant Interiors</td></tr><tr><td>Message</td><td>Two sinks, please.</td></tr></table>");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal(("Olivia Grant", "olivia@grant.example", "Grant Interiors", "Two sinks, please."),
            (enquiry.Name, enquiry.Email?.Value, enquiry.Company, enquiry.Message));
    }

    [Fact]
    public void Labels_the_mapping_does_not_know_stay_in_the_message_of_a_form_notification()
    {
        var mail = MailSome.Mail(from: "forms@oakleaf-plumbing.co.uk",
            text: "Name: Ravi Kumar\nEmail: ravi@example.org\nPostcode: NW5 1AB\nMessage: New radiator in the hall.");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal("New radiator in the hall.\n\nPostcode: NW5 1AB", enquiry.Message);
    }

    [Fact]
    public void A_customers_own_mail_with_Phone_and_Email_lines_in_the_signature_keeps_every_word()
    {
        var mail = MailSome.Mail(from: "Dan Webb <dan.webb@example.org>",
            text: "Hi, the boiler shows error F22 and the radiators are cold.\n\nDan Webb\nPhone: 07700 900777\nEmail: dan.webb@example.org");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Contains("error F22", enquiry.Message, StringComparison.Ordinal);
        Assert.Equal("+447700900777", enquiry.Phone?.Text);
    }

    [Fact]
    public void A_form_notification_whose_Email_field_is_an_own_address_is_not_a_customers_enquiry()
    {
        var mail = MailSome.Mail(from: "Sam <sam@oakleaf-plumbing.co.uk>",
            text: "Name: Sam Okoye\nEmail: sam@oakleaf-plumbing.co.uk\nMessage: testing the form");

        Assert.Equal(SkipReason.OwnDomain, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void A_forward_by_a_team_member_is_an_enquiry_from_the_original_sender()
    {
        var mail = MailSome.Mail(from: "Alex Turner <alex@oakleaf-plumbing.co.uk>", subject: "Fwd: Burst pipe",
            text: "Can someone take this?\n\n---------- Forwarded message ---------\nFrom: Kevin Marsh <kev.marsh@hotmail.co.uk>\n" +
                  "Date: Mon, 16 Nov 2026 at 19:42\nSubject: Burst pipe\nTo: <alex@oakleaf-plumbing.co.uk>\n\n\nA pipe in the loft burst.\nPhone: 07700 900888\n\nKevin");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal(("Kevin Marsh", "kev.marsh@hotmail.co.uk", "+447700900888"), (enquiry.Name, enquiry.Email?.Value, enquiry.Phone?.Text));
        Assert.StartsWith("A pipe in the loft burst.", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_member_forwarding_a_colleagues_mail_is_still_own_domain()
    {
        var mail = MailSome.Mail(from: "Alex <alex@oakleaf-plumbing.co.uk>", subject: "Fwd: rota",
            text: "---------- Forwarded message ---------\nFrom: Sam <sam@oakleaf-plumbing.co.uk>\nSubject: rota\n\nRota attached.");

        Assert.Equal(SkipReason.OwnDomain, MailSome.Skip(mail).Reason);
    }

    [Fact]
    public void Only_an_explicit_Phone_line_gives_the_phone_never_a_number_in_the_signature()
    {
        var mail = MailSome.Mail(text: "Please call me about a new shower.\n\nDan | Webb Joinery | 07700 900 555");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Null(enquiry.Phone);
    }

    [Fact]
    public void A_mail_with_an_empty_body_takes_its_subject_as_the_message()
    {
        var mail = MailSome.Mail(subject: "Please call me back", text: " \n ");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal("Please call me back", enquiry.Message);
    }

    [Fact]
    public void The_HTML_body_is_used_when_there_is_no_text_body()
    {
        var mail = MailSome.Mail(text: null, html: "<p>Flat 3 &amp; Flat 4 need new taps &pound;</p><style>p{}</style>");

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal("Flat 3 & Flat 4 need new taps £", enquiry.Message);
    }

    [Fact]
    public void Thread_ids_run_oldest_first_with_the_direct_parent_last_and_no_repeats()
    {
        var mail = MailSome.Mail() with { InReplyTo = ["parent@x"], References = ["root@x", "parent@x", "middle@x"] };

        var enquiry = MailSome.Enquiry(mail);

        Assert.Equal(["root@x", "middle@x", "parent@x"], enquiry.ThreadIds);
    }

    [Fact]
    public void Received_is_the_Date_header_when_it_is_plausible()
    {
        var date = new DateTimeOffset(2026, 11, 20, 10, 20, 0, TimeSpan.FromHours(1));
        var mail = MailSome.Mail(date: date) with { ReceivedDates = [new DateTimeOffset(2026, 11, 20, 9, 20, 5, TimeSpan.Zero)] };

        var received = MailIntake.ReceivedOf(mail, MailSome.Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 20, 0, TimeSpan.Zero), received);
        Assert.Equal(TimeSpan.Zero, received.Offset);
    }

    [Fact]
    public void A_Date_in_the_future_is_not_believed_and_the_delivery_time_is_used()
    {
        var mail = MailSome.Mail(date: MailSome.Now.AddDays(3));

        Assert.Equal(mail.DeliveredAt, MailIntake.ReceivedOf(mail, MailSome.Now));
    }

    [Fact]
    public void A_Date_more_than_a_day_before_the_oldest_hop_is_not_believed()
    {
        var mail = MailSome.Mail(date: new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero))
            with { ReceivedDates = [new DateTimeOffset(2026, 11, 20, 9, 0, 5, TimeSpan.Zero)] };

        Assert.Equal(mail.DeliveredAt, MailIntake.ReceivedOf(mail, MailSome.Now));
    }

    [Fact]
    public void An_unparseable_mail_is_skipped_with_a_digest_reference()
    {
        var mail = new MailMessage
        {
            RawDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            HasHeaders = false,
            Problem = "the input is empty",
            DeliveredAt = MailSome.Now,
        };

        var skip = MailSome.Skip(mail);

        Assert.Equal((SkipReason.Unparseable, "mail:sha256:e3b0c44298fc1c149afbf4c8996fb924"), (skip.Reason, skip.Reference.ToString()));
    }
}
