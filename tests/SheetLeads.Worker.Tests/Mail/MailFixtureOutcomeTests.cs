using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>Each fixture read by the reader and decided by Core's intake, with the outcome SPEC §1 requires.</summary>
public class MailFixtureOutcomeTests
{
    [Theory]
    [InlineData("spam-flag-yes.eml", "spam")]
    [InlineData("own-notification-header.eml", "own-notification")]
    [InlineData("own-notification-sender.eml", "own-notification")]
    [InlineData("dsn-report.eml", "bounce")]
    [InlineData("mailer-daemon.eml", "bounce")]
    [InlineData("auto-submitted.eml", "auto-reply")]
    [InlineData("x-autoreply.eml", "auto-reply")]
    [InlineData("precedence-auto-reply.eml", "auto-reply")]
    [InlineData("list-unsubscribe.eml", "bulk")]
    [InlineData("precedence-bulk.eml", "bulk")]
    [InlineData("own-domain-internal.eml", "own-domain")]
    [InlineData("empty.eml", "unparseable")]
    [InlineData("binary-png.eml", "unparseable")]
    public void A_mail_that_is_not_an_enquiry_is_skipped_with_SPECs_reason(string file, string reason)
    {
        var taken = MailFixtures.Take(file);

        Assert.Equal(reason, Assert.IsType<Skip>(taken).Reason.ToText());
    }

    [Theory]
    [InlineData("gmail-alternative.eml", "Harriet Lowe", "harriet.lowe@gmail.com", null, "weeping onto the carpet")]
    [InlineData("html-only.eml", "Marcus Reid", "marcus.reid@parkside-lettings.co.uk", null, "Oakleaf Plumbing & Heating,\n\nPlease attend Flat 2")]
    [InlineData("qp-utf8-allcaps.eml", "Gareth Price", "gareth.price@outlook.com", null, "I’m after a price")]
    [InlineData("base64-utf8-outlook-ios.eml", "Nadia Karim", "nadia.k@outlook.com", null, "fill valve?\n\nNadia")]
    [InlineData("windows-1251-base64.eml", "Ольга Петрова", "o.petrova@mail.ru", null, "смеситель на кухне")]
    [InlineData("iso-8859-1-flowed-signature.eml", "Mathilde Lefèvre", "m.lefevre@orange.fr", null, "à bientôt.\n\nMathilde")]
    [InlineData("iphone-q-name.eml", "Seán Doyle", "sean.doyle@icloud.com", null, "3 Fortess Road.\n\nSeán")]
    [InlineData("quoted-reply-signature.eml", "Tom Fielding", "tom.fielding@gmail.com", null, "week after next?\n\nTom")]
    [InlineData("cf7-notification.eml", "Priya Shah", "priya.shah@gmail.com", "+447700900321", "Please fit an outside tap by the back door.")]
    [InlineData("wix-table-notification.eml", "Olivia Grant", "olivia@grantinteriors.example", "+442079460999", "We are fitting out a café")]
    [InlineData("forward-gmail.eml", "Kevin Marsh", "kev.marsh@hotmail.co.uk", null, "a pipe in our loft burst")]
    [InlineData("forward-outlook.eml", "Sandra Bell", "sandra.bell@bellproperties.example", null, "60 Brecknock Road")]
    [InlineData("forward-apple.eml", "Wendy Marsh", "wendy.marsh@sky.example", null, "4 Bartholomew Road")]
    [InlineData("auto-submitted-no.eml", "Dan Webb", "dan.webb@example.org", null, "call me back")]
    [InlineData("spam-flag-no.eml", "Dan Webb", "dan.webb@example.org", null, "call me back")]
    [InlineData("mixed-with-attachment.eml", "Ahmed Qureshi", "ahmed.q@gmail.com", null, "floor plan")]
    public void An_enquiry_is_taken_from_the_customer_with_clean_text(string file, string name, string email, string? phone, string messagePart)
    {
        var enquiry = Assert.IsType<Enquiry>(MailFixtures.Take(file));

        Assert.Equal((name, email, phone), (enquiry.Name, enquiry.Email?.Value, enquiry.Phone?.Text));
        Assert.Contains(messagePart, enquiry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quoted-reply-signature.eml", "wrote:")]
    [InlineData("quoted-reply-signature.eml", "Fielding Carpentry")]
    [InlineData("iphone-q-name.eml", "Sent from my iPhone")]
    [InlineData("base64-utf8-outlook-ios.eml", "Get Outlook for iOS")]
    [InlineData("iso-8859-1-flowed-signature.eml", "Immobilier")]
    [InlineData("gmail-alternative.eml", "HTML VERSION ONLY")]
    [InlineData("html-only.eml", "font-family")]
    [InlineData("html-only.eml", "&amp;")]
    [InlineData("wix-table-notification.eml", "<td")]
    [InlineData("cf7-notification.eml", "sent from a contact form")]
    [InlineData("forward-gmail.eml", "Forwarded message")]
    [InlineData("mixed-with-attachment.eml", "ATTACHMENT TEXT")]
    public void Quotes_signatures_markup_and_attachments_stay_out_of_the_message(string file, string unwanted)
    {
        var enquiry = Assert.IsType<Enquiry>(MailFixtures.Take(file));

        Assert.DoesNotContain(unwanted, enquiry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mail_without_a_Message_ID_is_referenced_by_the_digest_of_its_file()
    {
        var enquiry = Assert.IsType<Enquiry>(MailFixtures.Take("no-message-id.eml"));

        Assert.Equal("mail:sha256:a044dabe033cd355d6b1640bd4abef17", enquiry.Reference.ToString());
    }

    [Fact]
    public void An_empty_file_is_referenced_by_the_digest_of_nothing()
    {
        var skip = Assert.IsType<Skip>(MailFixtures.Take("empty.eml"));

        Assert.Equal("mail:sha256:e3b0c44298fc1c149afbf4c8996fb924", skip.Reference.ToString());
    }

    [Fact]
    public void Received_is_the_Date_header_in_UTC()
    {
        var enquiry = Assert.IsType<Enquiry>(MailFixtures.Take("iso-8859-1-flowed-signature.eml"));

        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 20, 10, TimeSpan.Zero), enquiry.Received);
    }
}
