using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Notifications;

/// <summary>
/// Sends the mails the state holds (SPEC §7), oldest first, in one SMTP session. A mail is marked sent as soon as the
/// server took it, so it is never sent twice by SheetLeads' own doing. A server that cannot take mail now leaves every
/// mail waiting for the next round; a mail with no address, one to a mailbox a channel reads (it would loop back), one
/// whose recipient the server refuses, or one not sent within a day is given up with a log line saying why.
/// </summary>
internal sealed class NoticeSender(
    INoticeOutbox outbox,
    IRowLinks links,
    IOptions<NotificationsOptions> options,
    IOptions<BusinessOptions> business,
    IOptions<ChannelsOptions> channels,
    TimeProvider clock,
    ILogger<NoticeSender> logger) : IDisposable
{
    /// <summary>How long a mail may wait: a new-lead mail a day late is noise, and tomorrow's digest is on its way.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Sends what is waiting; the number sent. Never throws but for cancellation: what fails is logged and
    /// the mails wait for the next round.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
            return 0;
        await _one.WaitAsync(cancellationToken);
        try
        {
            return await SendAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.OutboxFailed(e.Message, e);
            return 0;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var pending = await outbox.PendingAsync(cancellationToken);
        var watched = WatchedMailboxes.Of(channels.Value);
        SmtpPostbox? postbox = null;
        var sent = 0;
        try
        {
            for (var i = 0; i < pending.Count; i++)
            {
                var (notice, queuedAt, _) = pending[i];
                var now = clock.GetUtcNow();
                var refusal = notice.To is not { } to ? $"no e-mail address is known for {notice.Addressee}; add it to the Team tab's Email column (or {TeamOptions.Section}:Members)"
                    : watched.TryGetValue(to.Trim(), out var channel) ? $"{to} is the mailbox the channel '{channel}' reads; a mail there would come back into it"
                    : now - queuedAt > MaxWait ? $"it could not be sent within {MaxWait.TotalHours:0} hours of {queuedAt:yyyy-MM-dd HH:mm}Z"
                    : null;
                if (refusal is not null)
                {
                    await GiveUpAsync(notice.Key, notice.Addressee, refusal, now, cancellationToken);
                    continue;
                }
                try
                {
                    postbox ??= await SmtpPostbox.OpenAsync(o.Smtp, cancellationToken);
                    await postbox.SendAsync(NoticeMail.Compose(notice, o.From!, business.Value.Name, links, now), cancellationToken);
                }
                catch (RecipientRefusedException e)
                {
                    await GiveUpAsync(notice.Key, notice.Addressee, e.Message, now, cancellationToken);
                    continue;
                }
                catch (SmtpUnavailableException e)
                {
                    await outbox.FailedAsync(notice.Key, e.Message, cancellationToken);
                    logger.SmtpFailed(pending.Count - i, e.Message);
                    break;
                }
                await outbox.SentAsync(notice.Key, now, cancellationToken);
                logger.NoticeSent(notice.Addressee, notice.To!, notice.Key);
                sent++;
            }
        }
        finally
        {
            if (postbox is not null)
                await postbox.DisposeAsync();
        }
        return sent;
    }

    public void Dispose() => _one.Dispose();

    private async Task GiveUpAsync(string key, string addressee, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await outbox.GiveUpAsync(key, reason, now, cancellationToken);
        logger.NoticeGivenUp(key, addressee, reason);
    }
}
