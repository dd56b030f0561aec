using SheetLeads.Core.Leads;
using static SheetLeads.Worker.Tests.Mail.NumberedMailFixtures;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>Every fixture read from its bytes and decided by the intake rules, with the outcome a person expects.</summary>
public class NumberedMailFixtureOutcomeTests
{
    [Theory]
    [InlineData("17-exchange-ndr.eml", "bounce")]
    [InlineData("18-postfix-mailer-daemon.eml", "bounce")]
    [InlineData("19-out-of-office.eml", "auto-reply")]
    [InlineData("20-x-autoreply.eml", "auto-reply")]
    [InlineData("21-precedence-auto-reply.eml", "auto-reply")]
    [InlineData("22-newsletter-list-unsubscribe.eml", "bulk")]
    [InlineData("23-list-post-list-id.eml", "bulk")]
    [InlineData("24-spam-flag-yes.eml", "spam")]
    [InlineData("25-own-notification-header.eml", "own-notification")]
    [InlineData("26-own-notification-sender.eml", "own-notification")]
    [InlineData("27-own-domain-internal.eml", "own-domain")]
    [InlineData("28-own-domain-reply-in-thread.eml", "own-domain")]
    [InlineData("31-empty.eml", "unparseable")]
    [InlineData("32-binary-png.eml", "unparseable")]
    public void A_mail_that_is_no_enquiry_is_skipped_with_its_reason(string file, string reason)
    {
        var skip = Assert.IsType<Skip>(Take(file));

        Assert.Equal(reason, skip.Reason.ToText());
        Assert.Equal(file, skip.Origin);
    }

    [Theory]
    [InlineData("01-gmail-alternative-lowercase-name.eml", "Sophie Turner", "sophie.turner@gmail.com", "Two radiators upstairs stay cold")]
    [InlineData("02-outlook-qp-allcaps-name.eml", "Gary Newman", "gary.newman@outlook.com", "Our boiler’s pressure keeps dropping below 1 bar and we’ve had to top it up")]
    [InlineData("03-iphone-rfc2047-q-utf8-name.eml", "Seán O'Brien", "sean.obrien@icloud.com", "The kitchen tap has been dripping")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", "François Dubois", "f.dubois@orange.fr", "an old chaudière (boiler)")]
    [InlineData("05-thebat-rfc2047-b-cp1251-name.eml", "Дмитрий Иванов", "d.ivanov@mail.ru", "Здравствуйте!")]
    [InlineData("06-iso8859-2-qp-body.eml", "Łukasz Wójcik", "lukasz.wojcik@wp.pl", "Zażółć gęślą jaźń.")]
    [InlineData("07-html-only-entities.eml", "Rachel Green", "rachel@green-lettings.co.uk", "12 & 14 Hyde Park Rd and need gas safety certificates for all three – budget £80 each.")]
    [InlineData("08-mixed-pdf-attachment.eml", "Ahmed Khan", "ahmed.khan@gmail.com", "We would like a quote to\nmove the shower")]
    [InlineData("09-flowed-signature.eml", "Helen Price", "helen.price@posteo.net", "about 40 square metres and would like a quote for wet underfloor heating connected to our existing system.")]
    [InlineData("10-quoted-reply-wrapped-on-wrote.eml", "Mark Lee", "mark.lee@gmail.com", "Thursday at 10 is perfect, thank you. The side gate will be open.")]
    [InlineData("11-no-message-id.eml", "Brenda Hollis", "brenda.hollis@btinternet.com", "outside tap")]
    [InlineData("12-cf7-notification.eml", "Priya Patel", "priya.patel@example.com", "Hi, our combi boiler is due its annual service.\nMornings are best for us.")]
    [InlineData("13-wix-table-notification.eml", "Olivia Bennett", "olivia.bennett@example.com", "Our radiators bang at night & the boiler is noisy.\nWe are in most afternoons.")]
    [InlineData("14-gmail-forward-by-team-member.eml", "Kevin Hughes", "kev.hughes@example.com", "we would like a quote for a full bathroom refit")]
    [InlineData("15-outlook-forward-by-team-member.eml", "Sandra Lloyd", "sandra.lloyd@lloyd-estates.co.uk", "The tenant is in all week.")]
    [InlineData("16-apple-forward-by-team-member.eml", "Margaret Ellis", "margaret.ellis@example.co.uk", "There is water under the kitchen sink again – the same one you fixed in 2024.")]
    [InlineData("37-gmail-forward-of-form-notification.eml", "Noah Clarke", "noah.clarke@example.net", "The outside drain by the back door is blocked and overflowing.")]
    [InlineData("29-auto-submitted-no.eml", "Tom Baker", "tom.baker@example.org", "new double radiator")]
    [InlineData("30-spam-flag-no.eml", "Amelia Scott", "amelia.scott@yahoo.co.uk", "water coming through the kitchen ceiling")]
    [InlineData("33-cr-only-line-ends.eml", "Jack Wilson", "jack.wilson@example.net", "The shower pump is making a grinding noise.\nCan you replace it?")]
    [InlineData("34-leading-blank-lines.eml", "Lucy Hall", "lucy.hall@example.com", "The cistern keeps running")]
    [InlineData("35-mbox-from-line.eml", "Ben Carter", "ben.carter@example.com", "How much is a power flush")]
    [InlineData("36-flowed-delsp.eml", "Jane Doe", "jane.doe@example.com", "Please replace the thermostatic valves on four radiators.")]
    public void An_enquiry_is_from_the_customer_with_the_text_they_wrote(string file, string name, string email, string phrase)
    {
        var enquiry = Assert.IsType<Enquiry>(Take(file));

        Assert.Equal(name, enquiry.Name);
        Assert.Equal(email, enquiry.Email?.Value);
        Assert.Contains(phrase, enquiry.Message, StringComparison.Ordinal);
        Assert.Equal("Email", enquiry.Source);
    }

    [Theory]
    [InlineData("03-iphone-rfc2047-q-utf8-name.eml", "Sent from my iPhone")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", "07700 900111")]
    [InlineData("09-flowed-signature.eml", "Price Interiors")]
    [InlineData("10-quoted-reply-wrapped-on-wrote.eml", "Does that suit?")]
    [InlineData("10-quoted-reply-wrapped-on-wrote.eml", "chloe@brightpath.co.uk")]
    [InlineData("08-mixed-pdf-attachment.eml", "ATTACHMENT-ONLY-TEXT")]
    [InlineData("08-mixed-pdf-attachment.eml", "JVBERi0")]
    [InlineData("12-cf7-notification.eml", "sent from a contact form")]
    [InlineData("13-wix-table-notification.eml", "sent by Wix Forms")]
    [InlineData("07-html-only-entities.eml", "track()")]
    [InlineData("07-html-only-entities.eml", "font-family")]
    public void Signatures_quotes_attachments_and_hidden_html_stay_out_of_the_message(string file, string unwanted)
    {
        var enquiry = Assert.IsType<Enquiry>(Take(file));

        Assert.DoesNotContain(unwanted, enquiry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("02-outlook-qp-allcaps-name.eml", "+447700900456")]
    [InlineData("12-cf7-notification.eml", "+447700900321")]
    [InlineData("13-wix-table-notification.eml", "+447700900789")]
    [InlineData("14-gmail-forward-by-team-member.eml", "+447700900333")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", null)]
    [InlineData("15-outlook-forward-by-team-member.eml", null)]
    public void The_phone_comes_only_from_an_explicit_phone_line_or_field(string file, string? phone)
    {
        Assert.Equal(phone, Assert.IsType<Enquiry>(Take(file)).Phone?.Text);
    }

    [Theory]
    [InlineData("01-gmail-alternative-lowercase-name.eml", "2026-11-23T09:14:02Z")]
    [InlineData("04-thunderbird-rfc2047-q-latin1-name.eml", "2026-11-23T10:20:49Z")]
    [InlineData("05-thebat-rfc2047-b-cp1251-name.eml", "2026-11-23T08:44:58Z")]
    [InlineData("06-iso8859-2-qp-body.eml", "2026-11-23T11:05:07Z")]
    public void Received_is_the_plausible_date_header_in_utc(string file, string expected)
    {
        var enquiry = Assert.IsType<Enquiry>(Take(file));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), enquiry.Received);
        Assert.Equal(TimeSpan.Zero, enquiry.Received.Offset);
    }

    [Fact]
    public void A_mail_without_a_message_id_is_referenced_by_the_first_32_hex_digits_of_the_sha256_of_its_file()
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes("11-no-message-id.eml")))[..32];

        var enquiry = Assert.IsType<Enquiry>(Take("11-no-message-id.eml"));

        Assert.Equal(new Reference("mail", "sha256:" + expected), enquiry.Reference);
    }

    [Fact]
    public void A_mail_with_a_message_id_is_referenced_by_it_without_angle_brackets()
    {
        Assert.Equal(new Reference("mail", "CAF7Rq=kZ3xM1q9Yt5vN0pA@mail.gmail.com"), Take("01-gmail-alternative-lowercase-name.eml").Reference);
    }

    [Fact]
    public void A_customers_reply_carries_its_thread_ids_for_matching()
    {
        var enquiry = Assert.IsType<Enquiry>(Take("10-quoted-reply-wrapped-on-wrote.eml"));

        Assert.Equal(["CAM9rT2=Ab1Cd2Ef3Gh4Ij5@mail.gmail.com", "20261120101500.ABCD1234@brightpath.co.uk"], enquiry.ThreadIds);
    }

    [Fact]
    public void Two_deliveries_of_the_same_message_get_the_same_reference()
    {
        var bytes = Bytes("01-gmail-alternative-lowercase-name.eml");
        var alias = "Delivered-To: info@brightpath.co.uk\r\n"u8.ToArray().Concat(bytes).ToArray();

        var first = Take(Worker.Mail.MimeMailReader.Read(bytes, Delivered));
        var second = Take(Worker.Mail.MimeMailReader.Read(alias, Delivered.AddSeconds(3)));

        Assert.Equal(first.Reference, second.Reference);
    }

    [Fact]
    public void Every_fixture_is_accounted_for_as_exactly_one_enquiry_or_skip()
    {
        var files = Directory.GetFiles(Folder, "*.eml").Select(Path.GetFileName).Where(f => char.IsAsciiDigit(f![0])).Order(StringComparer.Ordinal).ToArray();

        var outcomes = files.Select(f => Take(f!)).ToArray();

        Assert.True(files.Length >= 30, $"{files.Length} fixtures");
        Assert.Equal(files.Length, outcomes.Select(o => o.Reference).Distinct().Count());
    }
}
