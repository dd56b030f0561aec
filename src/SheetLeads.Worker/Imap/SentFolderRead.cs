using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;
using MimeKit.Utils;
using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// Reads the team's replies from a mailbox channel's Sent folder (SPEC §4), on the connection the channel read its
/// inbox with: EXAMINE, so nothing in the folder changes, and only the header fields a reply is matched on (To, Cc,
/// Bcc, Date, In-Reply-To, References and the worker's own X-SheetLeads). The folder's UIDVALIDITY and last UID read
/// are entries of the channel's checkpoint, recorded with the cycle like the inbox's, so a failed sheet write reads
/// the same replies again. A first read (no checkpoint, a new UIDVALIDITY, another folder) starts at the mail of the
/// last <see cref="SentFolderSettings.FirstLookBack"/>, not the folder's whole history.
/// </summary>
internal static class SentFolderRead
{
    private const string FolderKey = "sent-folder";
    private const string UidValidityKey = "sent-uidvalidity";
    private const string UidKey = "sent-uid";

    /// <summary>The header SheetLeads' own notifications carry (SPEC §1 step 3): such a mail is never a reply.</summary>
    public const string OwnHeader = "X-SheetLeads";

    /// <exception cref="FolderNotFoundException">The mailbox has no such folder.</exception>
    /// <exception cref="ImapCommandException">The server refused a command.</exception>
    /// <exception cref="ImapProtocolException">The connection is broken.</exception>
    /// <exception cref="IOException">The connection is broken.</exception>
    public static async Task<SentRead> ReadAsync(ImapClient client, SentFolderSettings sent, IReadOnlyDictionary<string, string> checkpoint,
        int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = await client.GetFolderAsync(sent.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var validity = folder.UidValidity;
        var resumes = checkpoint.GetValueOrDefault(FolderKey) == sent.Folder
                      && checkpoint.GetValueOrDefault(UidValidityKey) == validity.ToString(CultureInfo.InvariantCulture);
        var last = resumes && uint.TryParse(checkpoint.GetValueOrDefault(UidKey), CultureInfo.InvariantCulture, out var uid) ? uid : 0;
        // SINCE compares dates only: the first read may start up to a day earlier than the look-back, never later.
        DateOnly? since = resumes ? null : DateOnly.FromDateTime((now - sent.FirstLookBack).UtcDateTime);
        var found = since is { } day
            ? await folder.SearchAsync(SearchQuery.DeliveredAfter(day.ToDateTime(TimeOnly.MinValue)), cancellationToken)
            // "n:*" always matches the newest message, even below n: only UIDs above the checkpoint count.
            : await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, last + 1), UniqueId.MaxValue)), cancellationToken);
        var pending = found.Where(id => id.Id > last).OrderBy(id => id.Id).ToArray();
        var batch = pending.Take(limit).ToArray();

        var replies = new List<TeamReply>(batch.Length);
        if (batch.Length > 0)
        {
            var fields = new HeaderSet([HeaderId.To, HeaderId.Cc, HeaderId.Bcc, HeaderId.Date, HeaderId.InReplyTo, HeaderId.References]) { OwnHeader };
            var request = new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate) { Headers = fields };
            foreach (var summary in (await folder.FetchAsync(batch, request, cancellationToken)).OrderBy(s => s.UniqueId.Id))
                if (ReplyOf(summary, sent.Folder, now) is { } reply)
                    replies.Add(reply);
        }

        var entries = new Dictionary<string, string?>
        {
            [FolderKey] = sent.Folder,
            [UidValidityKey] = validity.ToString(CultureInfo.InvariantCulture),
            [UidKey] = (batch.Length > 0 ? batch[^1].Id : resumes ? last : await NewestAsync(folder, cancellationToken)).ToString(CultureInfo.InvariantCulture),
        };
        return new SentRead(replies, entries, pending.Length - batch.Length, since);
    }

    private static TeamReply? ReplyOf(IMessageSummary summary, string folder, DateTimeOffset now)
    {
        var headers = summary.Headers;
        if (headers is null || headers.Any(h => h.Field.Equals(OwnHeader, StringComparison.OrdinalIgnoreCase)))
            return null;
        var recipients = headers.Where(h => h.Id is HeaderId.To or HeaderId.Cc or HeaderId.Bcc)
            .SelectMany(h => InternetAddressList.TryParse(h.Value, out var list) ? list.Mailboxes : [])
            .Select(m => EmailAddress.TryParse(m.Address, out var address) ? address : null)
            .OfType<EmailAddress>()
            .Distinct()
            .ToArray();
        var thread = headers.Where(h => h.Id is HeaderId.InReplyTo or HeaderId.References)
            .SelectMany(h => MimeUtils.EnumerateReferences(h.Value))
            .Select(id => id.Trim())
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (recipients.Length == 0 && thread.Length == 0)
            return null; // a note to no one (a draft kept in Sent) answers nobody
        return new TeamReply(recipients, thread, SentAt(headers[HeaderId.Date], summary.InternalDate, now), $"{folder} UID {summary.UniqueId.Id}");
    }

    // The Date header is when the team pressed send; one in the future (a clock ahead) is not believed, and a mail
    // without one was sent when the server stored it.
    private static DateTimeOffset SentAt(string? date, DateTimeOffset? stored, DateTimeOffset now) =>
        date is not null && DateUtils.TryParse(date, out var sent) && sent <= now
            ? sent.ToUniversalTime()
            : (stored ?? now).ToUniversalTime();

    // A first read that found nothing recent resumes above the newest message there is now.
    private static async Task<uint> NewestAsync(IMailFolder folder, CancellationToken cancellationToken)
    {
        if (folder.UidNext is { } next)
            return next.Id - 1;
        var all = await folder.SearchAsync(SearchQuery.All, cancellationToken);
        return all.Count == 0 ? 0 : all.Max(id => id.Id);
    }
}
