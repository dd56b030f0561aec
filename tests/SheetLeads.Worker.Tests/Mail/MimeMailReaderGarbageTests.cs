using System.Text;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Worker.Mail;
using static SheetLeads.Worker.Tests.Mail.NumberedMailFixtures;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>
/// As MimeKit's own parser tests do: garbage, truncated and oversized input. The reader never throws, and whatever it
/// gives the intake turns into an enquiry or a skip (SPEC §1: an unparseable message never blocks the ones behind it).
/// </summary>
public class MimeMailReaderGarbageTests
{
    public static TheoryData<string> Fixtures() => new(Directory.GetFiles(Folder, "*.eml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_truncation_of_a_fixture_reads_and_is_taken_without_throwing(string file)
    {
        var bytes = Bytes(file);

        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 97))
        {
            var mail = MimeMailReader.Read(bytes.AsMemory(0, length), Delivered);
            var taken = Take(mail);

            Assert.Equal(MailIntake.ReferenceOf("mail", mail), taken.Reference);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Corrupted_bytes_in_a_fixture_never_make_the_reader_throw(string file)
    {
        var random = new Random(file.Length * 7919);
        var original = Bytes(file);

        for (var round = 0; round < 40; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = 0; flips < 1 + round / 4 && bytes.Length > 0; flips++)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(1, 256);

            var taken = Take(MimeMailReader.Read(bytes, Delivered));

            Assert.True(taken is Enquiry or Skip);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_bytes_are_an_unparseable_skip(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);

        var skip = Assert.IsType<Skip>(Take(MimeMailReader.Read(bytes, Delivered)));

        Assert.Equal(SkipReason.Unparseable, skip.Reason);
    }

    [Fact]
    public void Random_printable_bytes_without_a_header_block_are_an_unparseable_skip()
    {
        var random = new Random(42);
        var bytes = Enumerable.Range(0, 20_000).Select(_ => (byte)random.Next(32, 127)).ToArray();

        var skip = Assert.IsType<Skip>(Take(MimeMailReader.Read(bytes, Delivered)));

        Assert.Equal(SkipReason.Unparseable, skip.Reason);
    }

    [Fact]
    public void A_five_megabyte_body_is_read_and_kept_to_the_body_bound()
    {
        var body = new StringBuilder().Insert(0, "The boiler is leaking again. ", 180_000).ToString();
        var raw = Encoding.UTF8.GetBytes("From: Big Writer <big@example.com>\r\nSubject: long\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body);

        var mail = MimeMailReader.Read(raw, Delivered);
        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.True(raw.Length > 5_000_000);
        Assert.InRange(mail.TextBody!.Length, 1, BodyDecoder.LimitBytes);
        Assert.Equal(Settings.MessageLimit, enquiry.Message.Length);
        Assert.StartsWith("The boiler is leaking again.", enquiry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(5_000)]
    public void Deeply_nested_multiparts_are_read_without_throwing(int depth)
    {
        var raw = new StringBuilder("From: Nested <nested@example.com>\r\nSubject: deep\r\nMIME-Version: 1.0\r\n");
        for (var i = 0; i < depth; i++)
            raw.Append(CultureInvariant($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"));
        raw.Append("Content-Type: text/plain\r\n\r\nDeep inside.\r\n");
        for (var i = depth - 1; i >= 0; i--)
            raw.Append(CultureInvariant($"--b{i}--\r\n"));

        var mail = MimeMailReader.Read(Encoding.ASCII.GetBytes(raw.ToString()), Delivered);
        var taken = Take(mail);

        Assert.True(mail.HasHeaders);
        Assert.Equal("nested@example.com", mail.From?.Address);
        Assert.True(taken is Enquiry { Email.Value: "nested@example.com" });
    }

    [Fact]
    public void A_header_line_of_100_kilobytes_is_read()
    {
        var raw = Encoding.ASCII.GetBytes("From: Long <long@example.com>\r\nX-Junk: " + new string('x', 100 * 1024) + "\r\nSubject: " +
                                          new string('s', 100 * 1024) + "\r\n\r\nCall me please.");

        var mail = MimeMailReader.Read(raw, Delivered);
        var enquiry = Assert.IsType<Enquiry>(Take(mail));

        Assert.StartsWith("xxxxxxxx", mail.Header("X-Junk"), StringComparison.Ordinal); // kept up to the reader's cap on one field
        Assert.Equal("Call me please.", enquiry.Message);
    }

    [Fact]
    public void A_thousand_header_fields_are_read()
    {
        var raw = new StringBuilder("From: Many <many@example.com>\r\n");
        for (var i = 0; i < 1000; i++)
            raw.Append(CultureInvariant($"X-Trace-{i}: {i}\r\n"));
        raw.Append("\r\nHello");

        var mail = MimeMailReader.Read(Encoding.ASCII.GetBytes(raw.ToString()), Delivered);

        Assert.Equal(1001, mail.Headers.Count);
    }

    [Fact]
    public void A_multipart_without_its_closing_boundary_keeps_its_text()
    {
        var mail = MimeMailReader.Read(Encoding.ASCII.GetBytes(
            "From: a@example.com\r\nContent-Type: multipart/alternative; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nHalf a message"), Delivered);

        Assert.Equal("Half a message", mail.TextBody?.Trim());
    }

    [Fact]
    public void Broken_base64_and_quoted_printable_bodies_are_read_without_throwing()
    {
        var base64 = MimeMailReader.Read(Encoding.ASCII.GetBytes("From: a@example.com\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64 at all===\r\n"), Delivered);
        var qp = MimeMailReader.Read(Encoding.ASCII.GetBytes("From: a@example.com\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBad =ZZ escape and a dangling =\r\n"), Delivered);

        Assert.True(base64.HasHeaders);
        Assert.Contains("escape", qp.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_encoded_word_in_the_from_name_is_kept_as_text()
    {
        var mail = MimeMailReader.Read(Encoding.ASCII.GetBytes("From: =?utf-8?B?!!!?= <a@example.com>\r\nSubject: =?x-unknown?Q?abc?=\r\n\r\nx"), Delivered);

        Assert.Equal("a@example.com", mail.From?.Address);
        Assert.NotNull(mail.Subject);
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
