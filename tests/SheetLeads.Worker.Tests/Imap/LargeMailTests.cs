using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>Issue 5: a large message is taken in from its text parts; its attachments never cross the wire.</summary>
public sealed class LargeMailTests : MailboxTest
{
    private const int AttachmentBytes = 3 * 1024 * 1024;

    [Fact]
    public async Task An_enquiry_with_a_large_attachment_becomes_a_lead_from_its_text_without_the_attachment_being_downloaded()
    {
        await Dovecot.AppendAsync("INBOX", WithPlans("big1@example.com"), Mails.Enquiry("small1@example.com", "Amy Able <amy@example.com>", "Gutter", "Leaking gutter."));
        var before = await Dovecot.BytesSentAsync();

        var run = await Workspace.SyncOnceAsync(Dovecot.ChannelSettings(0));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=2 created=2", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        var row = leads.Single(LeadColumn.Email, "hannah@example.com");
        Assert.Equal("Hannah Price", leads.Cell(row, LeadColumn.Name));
        Assert.Equal("+447700900461", leads.Cell(row, LeadColumn.Phone));
        Assert.Contains("loft conversion, plans attached — budget £40k", leads.Cell(row, LeadColumn.Message));
        Assert.DoesNotContain("JVBERi0", leads.Cell(row, LeadColumn.Message));
        var sent = await Dovecot.BytesSentAsync() - before;
        Assert.True(sent < AttachmentBytes / 10, $"Dovecot sent {sent} bytes for a message with a {AttachmentBytes}-byte attachment");
        Assert.All(await Dovecot.FlagsAsync(), f => Assert.Contains("$SheetLeads", f.Keywords));
    }

    // multipart/mixed [ multipart/alternative [ text/plain (windows-1252), text/html ], application/pdf of 3 MB ].
    private static string WithPlans(string id)
    {
        var pdf = Convert.ToBase64String(new byte[AttachmentBytes].Select((_, i) => (byte)(i * 7)).ToArray(), Base64FormattingOptions.InsertLineBreaks);
        return $"""
            From: Hannah Price <hannah@example.com>
            To: enquiries@brightpath.example
            Subject: Loft conversion
            Date: Mon, 16 Nov 2026 10:00:00 +0000
            Message-ID: <{id}>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset="windows-1252"
            Content-Transfer-Encoding: quoted-printable

            Hello, we would like a quote for a loft conversion, plans attached =97 budget =A340k.
            Hannah Price
            Phone: 07700 900461

            --inner
            Content-Type: text/html; charset="utf-8"

            <p>Hello, we would like a quote for a loft conversion, plans attached.</p>
            --inner--

            --outer
            Content-Type: application/pdf; name="plans.pdf"
            Content-Disposition: attachment; filename="plans.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0{pdf}
            --outer--
            """;
    }
}
