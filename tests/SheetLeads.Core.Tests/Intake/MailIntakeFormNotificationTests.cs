using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using static SheetLeads.Core.Tests.Intake.MailSamples;

namespace SheetLeads.Core.Tests.Intake;

/// <summary>SPEC §1 step 5: website-form notifications are enquiries from the customer, even from the own domain.</summary>
public class MailIntakeFormNotificationTests
{
    private const string ContactForm7Body =
        "From: priya patel <Priya.Patel@example.com>\n" +
        "Subject: Boiler service\n" +
        "\n" +
        "Message Body:\n" +
        "Hi, our boiler is due a service.\n" +
        "Could you come next week?\n" +
        "\n" +
        "Phone: 07700 900456\n" +
        "\n" +
        "-- \n" +
        "This e-mail was sent from a contact form on Brightpath Plumbing (https://brightpath.co.uk)\n";

    [Fact]
    public void A_contact_form_7_notification_from_the_own_domain_is_an_enquiry_from_the_customer()
    {
        var mail = Mail(from: "Brightpath Plumbing <wordpress@brightpath.co.uk>", subject: "Brightpath Plumbing \"Boiler service\"",
            text: ContactForm7Body, replyTo: ["priya patel <Priya.Patel@example.com>"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Priya Patel", enquiry.Name);
        Assert.Equal("priya.patel@example.com", enquiry.Email?.Value);
        Assert.Equal("+447700900456", enquiry.Phone?.Text);
        Assert.Equal("Email", enquiry.Source);
        Assert.StartsWith("Hi, our boiler is due a service.\nCould you come next week?", enquiry.Message, StringComparison.Ordinal);
        Assert.Contains("Subject: Boiler service", enquiry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("contact form on", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_notification_with_only_name_and_message_takes_the_customer_from_reply_to()
    {
        var mail = Mail(from: "Website <no-reply@brightpath.co.uk>", subject: "New form entry",
            text: "Your name: tom baker\nYour message: The kitchen tap drips.\n", replyTo: ["tom.baker@example.org"]);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Tom Baker", enquiry.Name);
        Assert.Equal("tom.baker@example.org", enquiry.Email?.Value);
        Assert.Equal("The kitchen tap drips.", enquiry.Message);
    }

    [Fact]
    public void A_table_notification_with_the_customer_only_in_the_email_field_is_from_that_customer()
    {
        var html = """
            <html><body><h2>You have a new submission</h2>
            <table>
            <tr><td><b>First Name</b></td><td>olivia</td></tr>
            <tr><td><b>Last Name</b></td><td>bennett</td></tr>
            <tr><td><b>Email</b></td><td><a href="mailto:olivia.bennett@example.com">olivia.bennett@example.com</a></td></tr>
            <tr><td><b>Phone</b></td><td>07700 900789</td></tr>
            <tr><td><b>Message</b></td><td>Our radiators bang at night &amp; the boiler is noisy.</td></tr>
            </table></body></html>
            """;
        var mail = Mail(from: "Wix Forms <no-reply@crm.wix.com>", subject: "New Form Submission", text: null, html: html);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Olivia Bennett", enquiry.Name);
        Assert.Equal("olivia.bennett@example.com", enquiry.Email?.Value);
        Assert.Equal("+447700900789", enquiry.Phone?.Text);
        Assert.Equal("Our radiators bang at night & the boiler is noisy.", enquiry.Message);
    }

    [Fact]
    public void A_table_notification_inside_a_layout_table_with_paragraphs_in_its_cells_is_from_the_customer_and_keeps_every_line()
    {
        var html = """
            <table width="100%" cellpadding="0"><tr><td align="center">
              <table width="600"><tr><td><h1>Brightpath Plumbing</h1><p>You have a new form submission.</p></td></tr></table>
              <table width="600">
                <tr><td style="font-weight:bold"><p>Name</p></td><td><p>Leo Martins</p></td></tr>
                <tr><td style="font-weight:bold"><p>Email</p></td><td><p><a href="mailto:leo.martins@example.pt">leo.martins@example.pt</a></p></td></tr>
                <tr><td style="font-weight:bold"><p>Message</p></td><td><p>The boiler shows F28.</p><p>It is a Worcester 30i.</p></td></tr>
              </table>
              <p style="color:#999">Powered by Forms</p>
            </td></tr></table>
            """;
        var mail = Mail(from: "Forms <no-reply@forms.example.net>", subject: "New submission", text: null, html: html);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Leo Martins", enquiry.Name);
        Assert.Equal("leo.martins@example.pt", enquiry.Email?.Value);
        Assert.Equal("The boiler shows F28.\nIt is a Worcester 30i.", enquiry.Message);
    }

    [Fact]
    public void An_own_address_in_an_email_row_before_the_customers_does_not_hide_the_customer()
    {
        var mail = Mail(from: "Website <wordpress@brightpath.co.uk>", subject: "New enquiry",
            text: "Sender: Brightpath <wordpress@brightpath.co.uk>\nName: Ann Lee\nEmail: ann.lee@example.com\nMessage: Leaking radiator valve.");

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("ann.lee@example.com", enquiry.Email?.Value);
        Assert.Equal("Ann Lee", enquiry.Name);
        Assert.StartsWith("Leaking radiator valve.", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_own_address_in_an_email_row_leaves_the_customer_to_reply_to()
    {
        var mail = Mail(from: "Website <wordpress@brightpath.co.uk>", replyTo: ["Ann Lee <ann.lee@example.com>"],
            text: "Sender: wordpress@brightpath.co.uk\nName: Ann Lee\nMessage: Leaking radiator valve.");

        Assert.Equal("ann.lee@example.com", Assert.IsType<Enquiry>(Take(mail)).Email?.Value);
    }

    [Fact]
    public void A_notification_whose_only_address_is_the_own_domain_is_not_a_form_and_is_skipped_own_domain()
    {
        var mail = Mail(from: "Website <no-reply@brightpath.co.uk>", text: "Name: Test Entry\nEmail: alice@brightpath.co.uk\nMessage: testing the form");

        var skip = Assert.IsType<Skip>(Take(mail));

        Assert.Equal(SkipReason.OwnDomain, skip.Reason);
    }

    [Fact]
    public void Labelled_lines_without_any_customer_address_from_the_own_domain_are_skipped_own_domain()
    {
        var mail = Mail(from: "Website <no-reply@brightpath.co.uk>", text: "Name: Jane Doe\nPhone: 07700 900111\n");

        Assert.Equal(SkipReason.OwnDomain, Assert.IsType<Skip>(Take(mail)).Reason);
    }

    [Fact]
    public void SheetLeads_own_notification_with_labelled_lines_is_an_own_notification_not_a_form()
    {
        var mail = Mail(from: "SheetLeads <sheetleads@brightpath.co.uk>", subject: "New lead L-000050",
            text: "Name: Priya Patel\nEmail: priya@example.com\nPhone: +447700900456\nMessage: Boiler service",
            headers: ("X-SheetLeads", "new-lead"));

        Assert.Equal(SkipReason.OwnNotification, Assert.IsType<Skip>(Take(mail)).Reason);
    }

    [Fact]
    public void Unknown_form_fields_stay_in_the_message_as_label_value_lines()
    {
        var mail = Mail(from: "no-reply@forms.example.net", text: "Name: Ann Lee\nEmail: ann@example.com\nPostcode: LS6 2AB\nMessage: New radiator in the hall.");

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("New radiator in the hall.\n\nPostcode: LS6 2AB", enquiry.Message);
    }

    [Fact]
    public void A_customer_who_types_a_name_and_phone_line_in_a_plain_mail_is_still_the_sender()
    {
        var mail = Mail(from: "Dan Hughes <dan@example.com>", text: "Name: Dan Hughes\nPhone: 07700 900222\nPlease ring me about a leak.");

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("dan@example.com", enquiry.Email?.Value);
        Assert.Equal("+447700900222", enquiry.Phone?.Text);
        Assert.Contains("Please ring me about a leak.", enquiry.Message, StringComparison.Ordinal);
    }
}
