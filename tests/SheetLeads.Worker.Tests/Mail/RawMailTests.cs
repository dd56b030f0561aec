using System.Text;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

public class RawMailTests
{
    private static string Prepare(string raw) => Encoding.ASCII.GetString(RawMail.Prepare(Encoding.ASCII.GetBytes(raw)));

    [Fact]
    public void A_well_formed_message_is_left_as_it_is()
    {
        var raw = MailFixtures.Bytes("01-gmail-alternative-lowercase-name.eml");

        Assert.Same(raw, RawMail.Prepare(raw));
    }

    [Fact]
    public void Blank_lines_before_the_headers_are_dropped()
    {
        Assert.Equal("From: a@b.com\r\n\r\nx", Prepare("\r\n\r\n \t\nFrom: a@b.com\r\n\r\nx"));
    }

    [Fact]
    public void An_mbox_from_line_is_dropped()
    {
        Assert.Equal("Return-Path: <a@b.com>\nFrom: a@b.com\n\nx", Prepare("From a@b.com Mon Nov 23 17:40:02 2026\nReturn-Path: <a@b.com>\nFrom: a@b.com\n\nx"));
    }

    [Fact]
    public void A_from_header_is_not_an_mbox_line()
    {
        Assert.Equal("From: a@b.com\n\nx", Prepare("From: a@b.com\n\nx"));
    }

    [Fact]
    public void Carriage_return_only_line_ends_become_line_feeds()
    {
        Assert.Equal("From: a@b.com\nSubject: x\n\nline one\nline two\n", Prepare("From: a@b.com\rSubject: x\r\rline one\rline two\r"));
    }

    [Fact]
    public void Crlf_line_ends_are_not_doubled_when_lone_carriage_returns_are_repaired()
    {
        Assert.Equal("From: a@b.com\nSubject: x\n\nbody\n", Prepare("From: a@b.com\rSubject: x\r\n\rbody\r\n"));
    }

    [Fact]
    public void Only_an_mbox_line_is_nothing_left()
    {
        Assert.Empty(RawMail.Prepare(Encoding.ASCII.GetBytes("From a@b.com Mon Nov 23 17:40:02 2026")));
    }

    [Fact]
    public void A_cr_only_mbox_file_with_leading_blank_lines_reads_as_the_mail()
    {
        var mail = MimeMailReader.Read(Encoding.ASCII.GetBytes("\r\rFrom a@b.com Mon Nov 23 2026\rFrom: Ann <ann@example.com>\rSubject: hi\r\rHello\r"), MailFixtures.Delivered);

        Assert.Equal("ann@example.com", mail.From?.Address);
        Assert.Equal("hi", mail.Subject);
        Assert.Equal("Hello", mail.TextBody?.Trim());
    }

    [Theory]
    [InlineData("33-cr-only-line-ends.eml")]
    [InlineData("34-leading-blank-lines.eml")]
    [InlineData("35-mbox-from-line.eml")]
    public void A_badly_framed_file_still_gives_its_headers_while_the_digest_stays_on_the_raw_bytes(string file)
    {
        var raw = MailFixtures.Bytes(file);

        var mail = MimeMailReader.Read(raw, MailFixtures.Delivered);

        Assert.NotNull(mail.From);
        Assert.NotNull(mail.MessageId);
        Assert.NotEqual(raw, RawMail.Prepare(raw));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)), mail.RawDigest);
    }
}
