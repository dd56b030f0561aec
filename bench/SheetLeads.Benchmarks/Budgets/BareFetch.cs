using System.Diagnostics;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// The yardstick of SPEC §9's backfill: MailKit alone fetching and parsing every message of the mailbox, with the
/// same commands the worker uses (UID SEARCH, then BODY.PEEK[] in batches of 1,000) and nothing else.
/// </summary>
internal static class BareFetch
{
    public static async Task<(TimeSpan Elapsed, int Messages)> RunAsync(PrivateDovecot dovecot)
    {
        var clock = Stopwatch.StartNew();
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(PrivateDovecot.User, PrivateDovecot.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var uids = await client.Inbox.SearchAsync(SearchQuery.All);
        var parsed = 0;
        foreach (var batch in uids.Chunk(1000))
        {
            await ((ImapFolder)client.Inbox).GetStreamsAsync(batch, async (_, _, _, stream, token) =>
            {
                using var message = await MimeMessage.LoadAsync(stream, token);
                Interlocked.Increment(ref parsed);
            });
        }
        await client.DisconnectAsync(true);
        return (clock.Elapsed, parsed);
    }

    /// <summary>Opens the INBOX once, so Dovecot has indexed freshly delivered mail before either side is timed.</summary>
    public static async Task WarmAsync(PrivateDovecot dovecot)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(PrivateDovecot.User, PrivateDovecot.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.UniqueId | MessageSummaryItems.Size);
        await client.DisconnectAsync(true);
    }
}
