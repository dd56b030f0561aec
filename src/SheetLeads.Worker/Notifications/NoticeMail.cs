using System.Security.Cryptography;
using System.Text;
using MimeKit;
using SheetLeads.Core.Notifications;

namespace SheetLeads.Worker.Notifications;

/// <summary>
/// A notice as a mail: plain text, a link to the lead's row where it names one, and the headers that keep it out of
/// every loop — <c>X-SheetLeads</c> (SheetLeads' own intake skips it as <c>own-notification</c>) and
/// <c>Auto-Submitted: auto-generated</c> (RFC 3834: auto-responders do not answer it). Its Message-ID is made from the
/// notice's key, so a mail sent again after a crash is recognisably the same mail.
/// </summary>
internal static class NoticeMail
{
    public static MimeMessage Compose(Notice notice, string from, string business, IRowLinks links, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = notice.Subject, Date = now };
        message.From.Add(new MailboxAddress("SheetLeads", from));
        message.To.Add(new MailboxAddress(notice.Addressee == NoticeSettings.ManagerAddressee ? null : notice.Addressee, notice.To ?? throw new ArgumentException("A notice with no address is not sent.", nameof(notice))));
        message.MessageId = $"sheetleads.{Digest(notice.Key)}@{from[(from.LastIndexOf('@') + 1)..]}";
        message.Headers.Add("X-SheetLeads", notice.Kind.ToString());
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new StringBuilder();
        foreach (var line in notice.Lines)
            body.Append(line.Text).Append(line.Row is { } row ? " " + links.Describe(row) : "").Append('\n');
        body.Append("\n-- \nSent by SheetLeads for ").Append(business).Append('.').Append('\n');
        message.Body = new TextPart("plain") { Text = body.ToString() };
        return message;
    }

    private static string Digest(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
