using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Jobs;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// In <c>run</c> mode, keeps one IDLE connection per IMAP channel and starts a sync as soon as the server announces
/// new mail (SPEC §8), instead of waiting for the next poll. IDLE is re-issued before the 29 minutes servers allow;
/// a dropped connection is opened again after a growing pause (1 s doubling to 5 min); a server without IDLE is
/// left to the polling. Reading and marking stay the sync cycle's: this only says "now".
/// </summary>
internal sealed class ImapIdleWatcher(IOptions<ChannelsOptions> channels, ImapLogins logins, ISyncTrigger trigger, TimeProvider time, ILogger<ImapIdleWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Reissue = TimeSpan.FromMinutes(25);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(channels.Value.Items.Where(c => c.IsKind(ChannelKinds.Imap)).Select(c => WatchAsync(c.Name, CoreSettings.Imap(c, logins.For(c)), stoppingToken)));

    private async Task WatchAsync(string channel, ImapSettings settings, CancellationToken stopping)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var session = await ImapSession.OpenAsync(settings, FolderAccess.ReadOnly, stopping);
                if (!session.Capabilities.HasFlag(ImapCapabilities.Idle))
                {
                    logger.NoIdle(channel, settings.Host);
                    return;
                }
                logger.Idling(channel, settings.Folder);
                pause = TimeSpan.FromSeconds(1);
                await IdleAsync(session, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is ChannelException or IOException or ImapProtocolException or ImapCommandException or ServiceNotConnectedException)
            {
                logger.IdleDropped(channel, pause.TotalSeconds, e.Message);
                await Task.Delay(pause, time, stopping);
                pause = pause * 2 > LongestPause ? LongestPause : pause * 2;
            }
        }
    }

    private async Task IdleAsync(ImapSession session, CancellationToken stopping)
    {
        var arrived = 0;
        using var wake = new SemaphoreSlim(0);
        void OnCount(object? sender, EventArgs e)
        {
            Interlocked.Exchange(ref arrived, 1);
            wake.Release();
        }
        session.Folder.CountChanged += OnCount;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                done.CancelAfter(Reissue);
                var idle = session.Client.IdleAsync(done.Token, stopping);
                var woken = wake.WaitAsync(done.Token);
                await Task.WhenAny(idle, woken);
                await done.CancelAsync();
                await idle;
                if (Interlocked.Exchange(ref arrived, 0) == 1)
                {
                    await trigger.SyncNowAsync(stopping);
                }
            }
        }
        finally
        {
            session.Folder.CountChanged -= OnCount;
        }
    }
}
