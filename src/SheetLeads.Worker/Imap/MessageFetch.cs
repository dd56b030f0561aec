using MailKit;
using MailKit.Net.Imap;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Imap;

/// <summary>One message of a batch, read from what was fetched: the whole message, or (when large) its header block and text parts.</summary>
internal sealed record FetchedMail(UniqueId Uid, MailMessage Mail);

/// <summary>
/// Fetches a batch of messages in UID order with BODY.PEEK (nothing is marked read): every message up to
/// <see cref="WholeBytes"/> whole in one FETCH command for the batch, each larger one through
/// <see cref="TextPartsFetch"/> so its attachments never cross the wire. Each message is read as it arrives, so a
/// batch holds its mails' text, never their raw bytes.
/// </summary>
internal static class MessageFetch
{
    /// <summary>Messages up to this size are fetched whole; an enquiry with a photo or two is still below it.</summary>
    public const int WholeBytes = 512 * 1024;

    /// <summary>
    /// The messages of <paramref name="uids"/> that still exist, in UID order. When the server refuses a fetch, the
    /// messages before the refused one are returned and <paramref name="refusal"/> says which one and why.
    /// </summary>
    public static async Task<(IReadOnlyList<FetchedMail> Mails, string? Refusal)> FetchAsync(ImapFolder folder, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        var summaries = await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Size, cancellationToken);
        var large = summaries.Where(s => s.Size > WholeBytes).Select(s => s.UniqueId).ToList();
        var structures = large.Count == 0 ? [] : (await folder.FetchAsync(large, MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure, cancellationToken)).ToDictionary(s => s.UniqueId);
        var whole = await WholeAsync(folder, summaries.Where(s => s.Size <= WholeBytes).ToDictionary(s => s.UniqueId, DeliveredAt), cancellationToken);
        var mails = new List<FetchedMail>(summaries.Count);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            var uid = summary.UniqueId;
            var deliveredAt = DeliveredAt(summary);
            try
            {
                var mail = structures.TryGetValue(uid, out var structure) ? MimeMailReader.Read(await TextPartsFetch.FetchAsync(folder, structure, cancellationToken), deliveredAt)
                    : whole.TryGetValue(uid, out var read) ? read
                    : MimeMailReader.Read(await OneAsync(folder, uid, cancellationToken), deliveredAt);
                mails.Add(new FetchedMail(uid, mail));
            }
            catch (Exception e) when (e is ImapCommandException or MessageNotFoundException)
            {
                return (mails, $"cannot fetch UID {uid.Id}: {e.Message}");
            }
        }
        return (mails, null);
    }

    // One FETCH for all of them, each message read as it arrives; a message expunged meanwhile simply has no answer.
    private static async Task<Dictionary<UniqueId, MailMessage>> WholeAsync(ImapFolder folder, Dictionary<UniqueId, DateTimeOffset> deliveredAt, CancellationToken cancellationToken)
    {
        var fetched = new Dictionary<UniqueId, MailMessage>();
        if (deliveredAt.Count == 0)
            return fetched;
        try
        {
            await folder.GetStreamsAsync(deliveredAt.Keys.ToList(), async (_, _, uid, stream, token) =>
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, token);
                fetched[uid] = MimeMailReader.Read(copy.ToArray(), deliveredAt[uid]);
            }, cancellationToken);
        }
        catch (ImapCommandException)
        {
            // One unreadable message refuses the whole command: the rest are fetched one by one, and that one is named.
        }
        return fetched;
    }

    private static async Task<byte[]> OneAsync(ImapFolder folder, UniqueId uid, CancellationToken cancellationToken)
    {
        await using var stream = await folder.GetStreamAsync(uid, cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    private static DateTimeOffset DeliveredAt(IMessageSummary summary) => summary.InternalDate ?? DateTimeOffset.MinValue;
}
