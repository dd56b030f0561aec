using System.Security.Cryptography;
using System.Text;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Worker.Mail;
using static SheetLeads.Worker.Tests.Mail.MailFixtures;

namespace SheetLeads.Worker.Tests.Mail;

public class MimeMailReaderTests
{
    private static MailMessage ReadText(string text) => MimeMailReader.Read(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")), Delivered);

    [Theory]
    [InlineData("01-gmail-alternative-lowercase-name.eml", "sophie turner")]
    [InlineData("02-outlook-qp-allcaps-name.eml", "GARY NEWMAN")]
    [InlineData("03-iphone-rfc2047-q-utf8-name.eml", "Seán O'Brien")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", "François Dubois")]
    [InlineData("05-thebat-rfc2047-b-cp1251-name.eml", "Дмитрий Иванов")]
    [InlineData("06-iso8859-2-qp-body.eml", "Łukasz Wójcik")]
    public void Display_names_are_decoded_as_sent(string file, string name)
    {
        Assert.Equal(name, Read(file).From?.Name);
    }

    [Theory]
    [InlineData("02-outlook-qp-allcaps-name.eml", "Our boiler’s pressure keeps dropping below 1 bar and we’ve had to top it up every morning this week. Can you send an engineer? We’re in LS6.")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", "I have just moved into a flat with an old chaudière (boiler)")]
    [InlineData("05-thebat-rfc2047-b-cp1251-name.eml", "Здравствуйте!\r\n\r\nHello, I own a flat in Leeds")]
    [InlineData("06-iso8859-2-qp-body.eml", "W łazience cieknie rura pod umywalką.")]
    public void Bodies_are_decoded_from_their_transfer_encoding_and_charset(string file, string phrase)
    {
        var text = Read(file).TextBody!.ReplaceLineEndings("\r\n");

        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoded_subjects_are_decoded()
    {
        Assert.Equal("Горячая вода / hot water", Read("05-thebat-rfc2047-b-cp1251-name.eml").Subject);
        Assert.Equal("Cieknie rura / leaking pipe", Read("06-iso8859-2-qp-body.eml").Subject);
        Assert.Equal("Горячая вода / hot water", Read("05-thebat-rfc2047-b-cp1251-name.eml").Header("subject"));
    }

    [Fact]
    public void Multipart_alternative_gives_both_the_text_and_the_html_body()
    {
        var mail = Read("01-gmail-alternative-lowercase-name.eml");

        Assert.StartsWith("Hello,", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<div dir=\"ltr\">", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_only_mail_has_no_text_body_and_reads_as_text_from_its_html()
    {
        var mail = Read("07-html-only-entities.eml");

        Assert.Null(mail.TextBody);
        Assert.Contains("12 & 14 Hyde Park Rd", mail.BodyText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bytes_of_an_attachment_never_reach_the_message()
    {
        var mail = Read("08-mixed-pdf-attachment.eml");

        Assert.DoesNotContain("%PDF", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("JVBER", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("ATTACHMENT-ONLY-TEXT", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Hi, please find our bathroom plan attached.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_attachment_is_not_the_body()
    {
        var mail = ReadText("""
            From: a@example.com
            Subject: plan
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/html; charset=utf-8

            <p>See the notes.</p>
            --b
            Content-Type: text/plain; name="notes.txt"
            Content-Disposition: attachment; filename="notes.txt"

            ATTACHED NOTES
            --b--
            """);

        Assert.Null(mail.TextBody);
        Assert.Equal("See the notes.", mail.BodyText());
    }

    [Fact]
    public void The_headers_and_references_of_a_reply_are_read_without_angle_brackets()
    {
        var mail = Read("10-quoted-reply-wrapped-on-wrote.eml");

        Assert.Equal("CAM9rT2=Lp0Xy6Nq8Ws4Ev3@mail.gmail.com", mail.MessageId);
        Assert.Equal(["20261120101500.ABCD1234@brightpath.co.uk"], mail.InReplyTo);
        Assert.Equal(["CAM9rT2=Ab1Cd2Ef3Gh4Ij5@mail.gmail.com", "20261120101500.ABCD1234@brightpath.co.uk"], mail.References);
    }

    [Fact]
    public void Reply_to_sender_and_every_header_are_kept_in_order_unfolded()
    {
        var mail = ReadText("""
            Received: from a
             by b; Mon, 23 Nov 2026 10:00:05 +0000
            Received: from c by d; Mon, 23 Nov 2026 10:00:01 +0000
            From: Website <no-reply@brightpath.co.uk>
            Sender: bounces@mailer.example
            Reply-To: "Priya Patel" <priya@example.com>, second@example.com
            Subject: a
             folded subject

            body
            """);

        Assert.Equal(["Received", "Received", "From", "Sender", "Reply-To", "Subject"], mail.Headers.Select(h => h.Name));
        Assert.Equal("from a by b; Mon, 23 Nov 2026 10:00:05 +0000", mail.Headers[0].Value);
        Assert.Equal(new MailAddress("Priya Patel", "priya@example.com"), mail.ReplyTo[0]);
        Assert.Equal("second@example.com", mail.ReplyTo[1].Address);
        Assert.Equal(new MailAddress(null, "bounces@mailer.example"), mail.Sender);
        Assert.Equal(
            [new DateTimeOffset(2026, 11, 23, 10, 0, 5, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 0, 1, TimeSpan.Zero)],
            mail.ReceivedDates);
    }

    [Fact]
    public void The_date_header_keeps_its_offset_and_a_missing_or_unreadable_date_is_null()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 11, 44, 58, TimeSpan.FromHours(3)), Read("05-thebat-rfc2047-b-cp1251-name.eml").Date);
        Assert.Null(ReadText("From: a@example.com\nSubject: x\n\nbody").Date);
        Assert.Null(ReadText("From: a@example.com\nDate: sometime last week\n\nbody").Date);
    }

    [Fact]
    public void The_delivery_time_given_is_kept()
    {
        Assert.Equal(Delivered, Read("01-gmail-alternative-lowercase-name.eml").DeliveredAt);
        Assert.Equal(Delivered, Read("31-empty.eml").DeliveredAt);
    }

    [Theory]
    [InlineData("17-exchange-ndr.eml")]
    [InlineData("18-postfix-mailer-daemon.eml")]
    public void A_delivery_report_is_recognised_by_its_report_type_and_status_part(string file)
    {
        var mail = Read(file);

        Assert.Equal("delivery-status", mail.ReportType);
        Assert.True(mail.HasDeliveryStatus);
    }

    [Fact]
    public void The_body_of_a_delivery_report_is_its_notification_not_the_returned_message()
    {
        var mail = Read("17-exchange-ndr.eml");

        Assert.StartsWith("Your message to gary.newmann@outlook.com couldn't be delivered.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("please find your quote", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_status_part_inside_a_mixed_message_is_seen()
    {
        var mail = ReadText("""
            From: bounces@example.net
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            failed
            --b
            Content-Type: message/global-delivery-status

            Final-Recipient: rfc822; x@example.com
            --b--
            """);

        Assert.True(mail.HasDeliveryStatus);
        Assert.Null(mail.ReportType);
    }

    [Fact]
    public void The_raw_digest_is_the_sha256_of_the_bytes_as_delivered()
    {
        var bytes = Bytes("34-leading-blank-lines.eml");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), MimeMailReader.Read(bytes, Delivered).RawDigest);
    }

    [Fact]
    public void A_message_id_without_angle_brackets_is_still_read()
    {
        Assert.Equal("abc.123@example.com", ReadText("From: a@example.com\nMessage-ID: abc.123@example.com\n\nx").MessageId);
    }

    [Fact]
    public void Raw_utf8_in_headers_is_read_as_utf8()
    {
        Assert.Equal("Seán O'Brien", ReadText("From: Seán O'Brien <sean@example.com>\nSubject: Tap\n\nx").From?.Name);
    }

    [Fact]
    public void Raw_latin1_in_headers_falls_back_to_latin1()
    {
        var bytes = Encoding.Latin1.GetBytes("From: Fran\u00e7ois <f@example.com>\r\nSubject: Chaudi\u00e8re\r\n\r\nx");

        var mail = MimeMailReader.Read(bytes, Delivered);

        Assert.Equal("François", mail.From?.Name);
        Assert.Equal("Chaudière", mail.Subject);
    }

    [Fact]
    public void A_body_in_an_unknown_charset_is_still_read()
    {
        var mail = ReadText("From: a@example.com\nContent-Type: text/plain; charset=x-no-such-charset\n\nPlease call me.");

        Assert.Equal("Please call me.", mail.TextBody?.Trim());
    }

    [Fact]
    public void Eight_bit_body_text_without_a_charset_is_read_without_throwing()
    {
        var bytes = Encoding.Latin1.GetBytes("From: a@example.com\r\nContent-Type: text/plain\r\n\r\nChaudi\u00e8re cass\u00e9e.");

        Assert.Contains("Chaudi", MimeMailReader.Read(bytes, Delivered).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_starting_with_a_byte_order_mark_is_read_as_mail()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Bytes("01-gmail-alternative-lowercase-name.eml")).ToArray();

        var mail = MimeMailReader.Read(bytes, Delivered);

        Assert.True(mail.HasHeaders);
        Assert.Equal("sophie.turner@gmail.com", mail.From?.Address);
        Assert.Equal("CAF7Rq=kZ3xM1q9Yt5vN0pA@mail.gmail.com", mail.MessageId);
    }

    [Theory]
    [InlineData("31-empty.eml", "empty file")]
    [InlineData("32-binary-png.eml", "binary data, not a mail")]
    public void Empty_and_binary_files_have_no_headers_and_say_why(string file, string problem)
    {
        var mail = Read(file);

        Assert.False(mail.HasHeaders);
        Assert.Equal(problem, mail.Problem);
    }

    [Fact]
    public void Plain_prose_without_a_header_block_is_unparseable()
    {
        var mail = ReadText("Dear team,\nplease call me back about the boiler.\nThanks");

        Assert.Equal(SkipReason.Unparseable, MailTriage.Classify(mail, Settings)?.Reason);
    }

    [Fact]
    public void A_pdf_or_zip_saved_as_mail_is_binary()
    {
        Assert.False(MimeMailReader.Read("%PDF-1.7\n1 0 obj\n"u8.ToArray(), Delivered).HasHeaders);
        Assert.False(MimeMailReader.Read("PK\x03\x04 stuff"u8.ToArray(), Delivered).HasHeaders);
    }
}
