using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using static SheetLeads.Core.Tests.Intake.MailSamples;

namespace SheetLeads.Core.Tests.Intake;

/// <summary>SPEC §1 step 6 and reading 17: a forward by a team member is an enquiry from the original sender.</summary>
public class MailIntakeForwardTests
{
    [Fact]
    public void A_gmail_forward_by_a_team_member_is_an_enquiry_from_the_original_sender()
    {
        var text = """
            Can someone pick this up?

            ---------- Forwarded message ---------
            From: kevin hughes <Kev.Hughes@example.com>
            Date: Mon, 23 Nov 2026 at 08:55
            Subject: Bathroom refit
            To: Alice Hart <alice@brightpath.co.uk>


            Hi Alice, we'd like a quote for a bathroom refit.
            Phone: 07700 900333

            Thanks, Kev
            """;
        var mail = Mail(from: "Alice Hart <alice@brightpath.co.uk>", subject: "Fwd: Bathroom refit", text: text);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Kevin Hughes", enquiry.Name);
        Assert.Equal("kev.hughes@example.com", enquiry.Email?.Value);
        Assert.Equal("+447700900333", enquiry.Phone?.Text);
        Assert.Contains("we'd like a quote for a bathroom refit.", enquiry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("alice@brightpath.co.uk", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlook_forward_with_a_mailto_address_is_an_enquiry_from_the_original_sender()
    {
        var text = "Bob, one for you.\n\n" +
                   "________________________________\n" +
                   "From: Sandra Lloyd [mailto:sandra.lloyd@lloyd-estates.co.uk]\n" +
                   "Sent: 23 November 2026 09:10\n" +
                   "To: Enquiries <enquiries@brightpath.co.uk>\n" +
                   "Subject: Boiler in flat 2\n\n" +
                   "The boiler in flat 2 has no pressure. Tenant in all week.\n";
        var mail = Mail(from: "Bob Singh <bob@brightpath.co.uk>", subject: "FW: Boiler in flat 2", text: text);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Sandra Lloyd", enquiry.Name);
        Assert.Equal("sandra.lloyd@lloyd-estates.co.uk", enquiry.Email?.Value);
        Assert.Equal("The boiler in flat 2 has no pressure. Tenant in all week.", enquiry.Message);
    }

    [Fact]
    public void An_apple_mail_forward_is_an_enquiry_from_the_original_sender()
    {
        var text = "\n\nBegin forwarded message:\n\n" +
                   "From: Margaret Ellis <margaret.ellis@example.co.uk>\n" +
                   "Subject: Leak under the sink\n" +
                   "Date: 23 November 2026 at 08:01:12 GMT\n" +
                   "To: chloe@brightpath.co.uk\n\n" +
                   "There is water under the kitchen sink again.\n";
        var mail = Mail(from: "Chloe Adams <chloe@brightpath.co.uk>", subject: "Fwd: Leak under the sink", text: text);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Margaret Ellis", enquiry.Name);
        Assert.Equal("margaret.ellis@example.co.uk", enquiry.Email?.Value);
        Assert.Equal("There is water under the kitchen sink again.", enquiry.Message);
    }

    [Fact]
    public void A_form_notification_forwarded_by_a_team_member_is_an_enquiry_from_the_customer_in_it()
    {
        var text = "FYI - came to my inbox\n\n---------- Forwarded message ---------\n" +
                   "From: Brightpath Plumbing <wordpress@brightpath.co.uk>\nDate: Mon, 23 Nov 2026 at 08:10\n" +
                   "Subject: Brightpath Plumbing \"Boiler service\"\nTo: <alice@brightpath.co.uk>\n\n\n" +
                   "From: priya patel <priya.patel@example.com>\nSubject: Boiler service\n\nMessage Body:\nOur combi is due a service.\n\n" +
                   "-- \nThis e-mail was sent from a contact form on Brightpath Plumbing (https://brightpath.co.uk)\n";
        var mail = Mail(from: "Alice Hart <alice@brightpath.co.uk>", subject: "Fwd: Brightpath Plumbing \"Boiler service\"", text: text);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("Priya Patel", enquiry.Name);
        Assert.Equal("priya.patel@example.com", enquiry.Email?.Value);
        Assert.StartsWith("Our combi is due a service.", enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SheetLeads_own_notification_forwarded_by_a_team_member_is_not_taken_as_a_form()
    {
        var text = "Can you take this one?\n\n---------- Forwarded message ---------\n" +
                   "From: SheetLeads <sheetleads@brightpath.co.uk>\nDate: Mon, 23 Nov 2026 at 08:10\nSubject: New lead L-000050\nTo: <alice@brightpath.co.uk>\n\n" +
                   "Name: Priya Patel\nEmail: priya.patel@example.com\nMessage: Boiler service\n";
        var mail = Mail(from: "Alice Hart <alice@brightpath.co.uk>", subject: "Fwd: New lead L-000050", text: text);

        Assert.Equal(SkipReason.OwnDomain, Assert.IsType<Skip>(Take(mail)).Reason);
    }

    [Fact]
    public void A_forward_of_a_colleagues_mail_is_still_own_domain()
    {
        var text = "FYI\n\n---------- Forwarded message ---------\nFrom: Bob Singh <bob@brightpath.co.uk>\nDate: Mon, 23 Nov 2026\nSubject: Van\nTo: alice@brightpath.co.uk\n\nThe van is in for MOT.";
        var mail = Mail(from: "Alice Hart <alice@brightpath.co.uk>", subject: "Fwd: Van", text: text);

        Assert.Equal(SkipReason.OwnDomain, Assert.IsType<Skip>(Take(mail)).Reason);
    }

    [Fact]
    public void A_reply_quoting_an_outlook_header_without_a_forward_subject_is_not_a_forward()
    {
        var text = "Great, see you then.\n\nFrom: Bob Singh <bob@brightpath.co.uk>\nSent: 23 November 2026 09:10\nTo: Kate <kate@example.com>\nSubject: Visit\n\nWe can come Thursday.";
        var mail = Mail(from: "Kate Moss <kate@example.com>", subject: "RE: Visit", text: text);

        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.Equal("kate@example.com", enquiry.Email?.Value);
        Assert.Equal("Great, see you then.", enquiry.Message);
    }
}
