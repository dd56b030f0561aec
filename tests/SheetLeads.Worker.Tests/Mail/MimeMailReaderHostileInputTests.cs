using System.Globalization;
using System.Text;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

public class MimeMailReaderHostileInputTests
{
    private static MailMessage Read(string text) => MimeMailReader.Read(Encoding.UTF8.GetBytes(text), MailFixtures.DeliveredAt);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_bytes_never_throw_and_become_an_unparseable_skip(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        var mail = MimeMailReader.Read(bytes, MailFixtures.DeliveredAt);
        var taken = MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(mail, "garbage.eml"), MailFixtures.Settings(), MailFixtures.Now);

        Assert.Equal(SkipReason.Unparseable, Assert.IsType<Skip>(taken).Reason);
    }

    [Fact]
    public void Plain_text_without_any_header_has_no_headers()
    {
        var mail = Read("This is a note someone saved into the mail folder.\nIt has no headers.\n");

        Assert.False(mail.HasHeaders);
    }

    [Fact]
    public void Thousands_of_nested_multiparts_are_read_without_a_stack_overflow()
    {
        var text = new StringBuilder("From: deep@example.org\r\nSubject: deep\r\nMIME-Version: 1.0\r\n");
        const int depth = 5000;
        for (var i = 0; i < depth; i++)
            text.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        text.Append("Content-Type: text/plain\r\n\r\nBottom\r\n");
        for (var i = depth - 1; i >= 0; i--)
            text.Append(CultureInfo.InvariantCulture, $"--b{i}--\r\n");

        var mail = Read(text.ToString());

        Assert.Equal(("deep@example.org", "deep"), (mail.From?.Address, mail.Subject));
    }

    [Fact]
    public void A_huge_text_body_is_cut_to_the_read_limit()
    {
        var body = new StringBuilder(10 * 1024 * 1024);
        while (body.Length < 10 * 1024 * 1024)
            body.Append("The boiler makes a noise. ");
        var mail = Read("From: big@example.org\r\nSubject: big\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body);

        Assert.Equal(BodyDecoder.LimitBytes, mail.TextBody?.Length);
    }

    [Fact]
    public void Old_Mac_line_ends_are_read_as_line_ends()
    {
        var mail = Read("From: Ann Lee <ann@example.org>\rSubject: Tap\rMessage-ID: <cr@example.org>\r\rPlease fix my tap.\r");

        Assert.Equal(("ann@example.org", "Tap", "cr@example.org"), (mail.From?.Address, mail.Subject, mail.MessageId));
        Assert.Contains("Please fix my tap.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_and_indented_lines_before_the_first_header_do_not_hide_the_headers()
    {
        var mail = Read("\r\n     \r\n  From: Ann Lee <ann@example.org>\r\nSubject: Tap\r\n\r\nPlease fix my tap.\r\n");

        Assert.Equal(("ann@example.org", "Tap"), (mail.From?.Address, mail.Subject));
    }

    [Fact]
    public void A_From_header_MimeKit_cannot_parse_still_gives_the_address_in_it()
    {
        var mail = Read("From: \"Ann Lee <ann@example.org>\r\nSubject: Tap\r\n\r\nHi\r\n");

        Assert.Equal("ann@example.org", mail.From?.Address);
    }

    [Fact]
    public void A_mailer_daemon_with_an_empty_address_keeps_its_name()
    {
        var mail = Read("From: MAILER-DAEMON <>\r\nSubject: Mail delivery failed\r\n\r\nThere was an error delivering your mail.\r\n");

        Assert.Equal("MAILER-DAEMON", mail.From?.Name);
    }

    [Fact]
    public void A_body_without_a_charset_that_is_not_UTF_8_is_read_as_windows_1252()
    {
        var head = Encoding.ASCII.GetBytes("From: ann@example.org\r\nSubject: Price\r\nContent-Type: text/plain\r\n\r\n");
        var body = new byte[] { 0x93, (byte)'h', (byte)'i', 0x94, (byte)' ', 0xA3, (byte)'5' };

        var mail = MimeMailReader.Read(head.Concat(body).ToArray(), MailFixtures.DeliveredAt);

        Assert.Equal("“hi” £5", mail.TextBody);
    }

    [Fact]
    public void An_unknown_charset_is_read_as_UTF_8_when_the_bytes_are_UTF_8()
    {
        var mail = Read("From: ann@example.org\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\nCafé\r\n");

        Assert.Equal("Café\r\n", mail.TextBody);
    }
}
