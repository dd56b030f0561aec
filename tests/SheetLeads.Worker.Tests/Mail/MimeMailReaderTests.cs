using System.Security.Cryptography;

namespace SheetLeads.Worker.Tests.Mail;

public class MimeMailReaderTests
{
    [Fact]
    public void Multipart_alternative_gives_the_plain_part_as_text_and_the_HTML_part_as_HTML()
    {
        var mail = MailFixtures.Read("gmail-alternative.eml");

        Assert.StartsWith("Hello,\r\n\r\nThe valve on the landing radiator", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("HTML VERSION ONLY", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_are_read_into_their_fields()
    {
        var mail = MailFixtures.Read("quoted-reply-signature.eml");

        Assert.Equal(
            ("CAFtom0008abc@mail.gmail.com", "Tom Fielding", "tom.fielding@gmail.com", "Re: Your quote Q-1042"),
            (mail.MessageId, mail.From?.Name, mail.From?.Address, mail.Subject));
        Assert.Equal(new DateTimeOffset(2026, 11, 12, 16, 20, 8, TimeSpan.Zero), mail.Date);
        Assert.Equal([new DateTimeOffset(2026, 11, 12, 16, 20, 12, TimeSpan.Zero)], mail.ReceivedDates);
        Assert.Equal(["20261109101500.AB12@mx.oakleaf-plumbing.co.uk"], mail.InReplyTo);
        Assert.Equal(["20261109101500.AB12@mx.oakleaf-plumbing.co.uk"], mail.References);
        Assert.Equal(MailFixtures.DeliveredAt, mail.DeliveredAt);
    }

    [Fact]
    public void An_HTML_only_mail_has_no_text_body_and_its_HTML_decoded()
    {
        var mail = MailFixtures.Read("html-only.eml");

        Assert.Null(mail.TextBody);
        Assert.Contains("<strong>Flat 2, 9 Leighton Road</strong>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_printable_UTF_8_is_decoded()
    {
        var mail = MailFixtures.Read("qp-utf8-allcaps.eml");

        Assert.Contains("I’m after a price for a new combi boiler – the old one", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_UTF_8_is_decoded()
    {
        var mail = MailFixtures.Read("base64-utf8-outlook-ios.eml");

        Assert.Contains("won’t stop running", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1251_body_and_a_B_encoded_windows_1251_name_are_decoded()
    {
        var mail = MailFixtures.Read("windows-1251-base64.eml");

        Assert.Equal(("Ольга Петрова", "Смеситель на кухне"), (mail.From?.Name, mail.Subject));
        Assert.Contains("Нужно заменить смеситель на кухне", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ISO_8859_1_Q_encoded_name_and_quoted_printable_body_are_decoded()
    {
        var mail = MailFixtures.Read("iso-8859-1-flowed-signature.eml");

        Assert.Equal("Mathilde Lefèvre", mail.From?.Name);
        Assert.Contains("Merci, à bientôt.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_flowed_soft_breaks_are_joined_but_the_signature_delimiter_stays_on_its_own_line()
    {
        var mail = MailFixtures.Read("iso-8859-1-flowed-signature.eml");

        Assert.Contains("only gives tepid water. Could you check it", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("\n-- \nMathilde Lefèvre", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_8_bit_subject_is_read_in_the_charset_the_message_declares()
    {
        var mail = MailFixtures.Read("koi8-r-raw-subject.eml");

        Assert.Equal("Протечка", mail.Subject);
        Assert.Contains("Течёт кран в ванной", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_RFC_2047_Q_encoded_UTF_8_name_is_decoded()
    {
        var mail = MailFixtures.Read("iphone-q-name.eml");

        Assert.Equal("Seán Doyle", mail.From?.Name);
    }

    [Fact]
    public void Attachments_never_reach_the_body()
    {
        var mail = MailFixtures.Read("mixed-with-attachment.eml");

        Assert.StartsWith("Hi, the floor plan for the bathroom is attached.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTACHMENT TEXT", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_status_report_carries_its_report_type_and_status_part()
    {
        var mail = MailFixtures.Read("dsn-report.eml");

        Assert.Equal(("delivery-status", true), (mail.ReportType, mail.HasDeliveryStatus));
    }

    [Fact]
    public void The_raw_digest_is_the_lower_case_SHA_256_of_the_exact_bytes()
    {
        var bytes = MailFixtures.Bytes("no-message-id.eml");

        var mail = MailFixtures.Read("no-message-id.eml");

        Assert.Null(mail.MessageId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), mail.RawDigest);
    }

    [Fact]
    public void An_empty_file_has_no_headers_and_the_digest_of_nothing()
    {
        var mail = MailFixtures.Read("empty.eml");

        Assert.False(mail.HasHeaders);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", mail.RawDigest);
        Assert.False(string.IsNullOrEmpty(mail.Problem));
    }

    [Fact]
    public void A_binary_file_has_no_headers()
    {
        var mail = MailFixtures.Read("binary-png.eml");

        Assert.False(mail.HasHeaders);
        Assert.Contains("binary", mail.Problem, StringComparison.Ordinal);
    }
}
