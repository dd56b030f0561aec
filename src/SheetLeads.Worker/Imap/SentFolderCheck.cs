using MailKit;
using MailKit.Net.Imap;
using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// <c>check</c>'s verdict on a mailbox channel's Sent folder: it exists and can be read. When it is missing, the
/// mailbox's folders are named (the one the server marks as sent mail first), since its name differs from server to
/// server (<c>Sent</c>, <c>Sent Items</c>, <c>[Gmail]/Sent Mail</c>).
/// </summary>
internal static class SentFolderCheck
{
    private const int FoldersNamed = 12;

    public static async Task<CheckVerdict> CheckAsync(ImapSession session, string username, SentFolderSettings sent, string subject, CancellationToken cancellationToken)
    {
        try
        {
            var folder = await session.Client.GetFolderAsync(sent.Folder, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            return new CheckVerdict(subject, true, $"{sent.Folder} can be read ({folder.Count} messages): the team's replies there stamp First response");
        }
        catch (FolderNotFoundException)
        {
            return new CheckVerdict(subject, false,
                $"the mailbox of {username} has no folder '{sent.Folder}'; set {sent.Key} to the folder the team's sent mail is in{await FoldersAsync(session.Client, cancellationToken)}");
        }
        catch (Exception e) when (e is ImapCommandException or ImapProtocolException or IOException)
        {
            return new CheckVerdict(subject, false, $"{sent.Folder} cannot be read ({e.Message}); check {sent.Key}");
        }
    }

    // " (its folders: Sent Items (sent mail), Drafts, INBOX)", or nothing when the server will not list them.
    private static async Task<string> FoldersAsync(ImapClient client, CancellationToken cancellationToken)
    {
        try
        {
            var folders = await client.GetFoldersAsync(client.PersonalNamespaces[0], cancellationToken: cancellationToken);
            var names = folders
                .Where(f => f.Exists && !f.Attributes.HasFlag(FolderAttributes.NonExistent) && !f.Attributes.HasFlag(FolderAttributes.NoSelect))
                .OrderByDescending(f => f.Attributes.HasFlag(FolderAttributes.Sent))
                .ThenBy(f => f.FullName, StringComparer.Ordinal)
                .Select(f => f.Attributes.HasFlag(FolderAttributes.Sent) ? f.FullName + " (sent mail)" : f.FullName)
                .Take(FoldersNamed)
                .ToArray();
            return names.Length == 0 ? "" : $" (its folders: {string.Join(", ", names)})";
        }
        catch (Exception e) when (e is ImapCommandException or ImapProtocolException or IOException or ArgumentOutOfRangeException)
        {
            return "";
        }
    }
}
