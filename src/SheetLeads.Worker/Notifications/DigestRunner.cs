using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;

namespace SheetLeads.Worker.Notifications;

/// <summary>
/// The daily digest (SPEC §7): once a day, at <c>DigestAt</c> business-local time or as soon after it as the worker
/// runs, the manager gets the Summary's key figures and what is late or due. Made from a fresh read of the sheet;
/// a day's digest is queued once, however often this runs.
/// </summary>
internal sealed class DigestRunner(
    SummaryReading reading,
    ManagerNotices notices,
    ManagerMail mail,
    INoticeOutbox outbox,
    BusinessTime time,
    SheetTurn turn,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    IOptions<TeamOptions> team,
    ILogger<DigestRunner> logger)
{
    /// <summary>Queues today's digest if it is due and not queued yet; true when it was queued now.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled || team.Value.Manager is null)
            return false;
        var now = clock.GetUtcNow();
        var local = time.ToLocal(now);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) < TimeOnly.ParseExact(o.DigestAt, "HH:mm", CultureInfo.InvariantCulture))
            return false;
        try
        {
            if ((await outbox.ToldAsync([ManagerNotices.DigestKey(day)], cancellationToken)).Count > 0)
                return false;
            SummaryRead read;
            using (await turn.TakeAsync(cancellationToken))
                read = await reading.ReadAsync(now, cancellationToken);
            var report = read.Report;
            if (notices.Digest(report, day) is not { } digest)
                return false;
            await mail.QueueAsync(digest, now, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var expected = e is Core.Sheet.SheetUnavailableException or Core.Sheet.SheetLayoutException;
            logger.DigestFailed(e.Message, expected ? null : e);
            return false;
        }
    }
}
