using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.Imap;

/// <summary>Sets a channel's marker (keyword, \Seen or a move) on messages the sheet holds, each call on its own connection.</summary>
internal sealed class MailboxMarker(string channel, ImapSettings settings, ILogger logger)
{
    private bool _keywordWarned;

    /// <exception cref="ChannelException">The server failed, or the folder to move them to is missing.</exception>
    public async Task MarkAsync(IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        await using var session = await ImapSession.OpenAsync(settings, FolderAccess.ReadWrite, cancellationToken);
        var folder = session.Folder;
        try
        {
            switch (settings.Marker)
            {
                case ImapMarker.Keyword:
                    // A server that does not keep keywords answers OK and drops them: said once, as check says it.
                    if (!KeepsKeyword(folder) && !_keywordWarned)
                    {
                        _keywordWarned = true;
                        logger.KeywordNotKept(channel, settings.Folder, settings.MarkerKeyword);
                    }
                    await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, [settings.MarkerKeyword]) { Silent = true }, cancellationToken);
                    break;
                case ImapMarker.Seen:
                    await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true }, cancellationToken);
                    break;
                case ImapMarker.Move:
                    var target = await session.Client.GetFolderAsync(settings.MarkerFolder!, cancellationToken);
                    await folder.MoveToAsync(uids, target, cancellationToken);
                    break;
            }
        }
        catch (FolderNotFoundException e)
        {
            throw new ChannelException($"the mailbox of {settings.Username} has no folder '{settings.MarkerFolder}' to move the messages taken in to; create it or check MarkerFolder. They are moved once it exists.", e);
        }
        catch (Exception e) when (e is ImapCommandException or ImapProtocolException or IOException)
        {
            throw new ChannelException($"the mail server could not mark the messages taken in ({e.Message}); they are marked at the next cycle.", e);
        }
        logger.Marked(channel, uids.Count, settings.Marker);
    }

    public bool KeepsKeyword(ImapFolder folder) =>
        folder.PermanentKeywords.Contains(settings.MarkerKeyword) || folder.PermanentFlags.HasFlag(MessageFlags.UserDefined);
}
