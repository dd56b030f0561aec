using System.Text.RegularExpressions;
using MimeKit;
using CoreAddress = SheetLeads.Core.Intake.MailAddress;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// The addresses of an address header as Core reads them. MimeKit's parser is lenient, but spam and broken
/// mailers write headers it cannot read at all; then the first thing shaped like an address is taken, so a
/// customer's reply address is not lost over a stray quote.
/// </summary>
internal static partial class HeaderAddresses
{
    /// <summary>
    /// Every mailbox of the list, group members included (one with only a name too: <c>MAILER-DAEMON &lt;&gt;</c>
    /// still tells a bounce); the header's text when the list is empty.
    /// </summary>
    public static IReadOnlyList<CoreAddress> Of(InternetAddressList list, string? headerValue)
    {
        var mailboxes = list.Mailboxes
            .Where(m => !string.IsNullOrWhiteSpace(m.Address) || !string.IsNullOrWhiteSpace(m.Name))
            .Select(m => new CoreAddress(NameOf(m.Name), m.Address ?? ""))
            .ToList();
        if (mailboxes.Count == 0 && Loose(headerValue) is { } loose)
            mailboxes.Add(loose);
        return mailboxes;
    }

    /// <summary>The one mailbox of a Sender header, or the header's text.</summary>
    public static CoreAddress? Of(MailboxAddress? mailbox, string? headerValue) =>
        mailbox is not null && (!string.IsNullOrWhiteSpace(mailbox.Address) || !string.IsNullOrWhiteSpace(mailbox.Name))
            ? new CoreAddress(NameOf(mailbox.Name), mailbox.Address ?? "")
            : Loose(headerValue);

    // "Kevin <kev@example.com" (no closing bracket), "MAILER-DAEMON <>" (no address): keep what is there.
    private static CoreAddress? Loose(string? headerValue)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
            return null;
        var m = headerValue.Contains('@', StringComparison.Ordinal) ? AddressShape().Match(headerValue) : Match.Empty;
        if (!m.Success)
            return NameOf(headerValue.Replace("<>", "", StringComparison.Ordinal).Trim('"', '\'', ' ')) is { } only
                ? new CoreAddress(only, "")
                : null;
        var name = headerValue[..m.Index].Trim().Trim('<', '"', '\'', ' ').Trim();
        return new CoreAddress(NameOf(name), m.Groups["addr"].Value);
    }

    private static string? NameOf(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    [GeneratedRegex(@"<?(?<addr>[^\s<>""',;:()\[\]]+@[^\s<>""',;:()\[\]]+)>?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddressShape();
}
