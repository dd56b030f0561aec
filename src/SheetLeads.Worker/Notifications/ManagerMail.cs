using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Notifications;

/// <summary>
/// Queues the manager's mails (SPEC §7, §6) from what a Summary refresh saw: one mail telling of the leads newly past
/// twice the response target or overdue by <c>OverdueDays</c>, and one per channel that went silent. Each lead's
/// escalation and each silence is told once. Nothing is queued while notifications are off.
/// </summary>
internal sealed class ManagerMail(ManagerNotices notices, INoticeOutbox outbox, IOptions<NotificationsOptions> options, ILogger<ManagerMail> logger)
{
    /// <summary>Queues what the manager has not been told yet; a state that cannot queue is logged, never thrown.</summary>
    public async Task QueueAsync(IReadOnlyList<Lead> leads, IReadOnlyList<SilentChannel> silent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
            return;
        try
        {
            var escalations = notices.Escalations(leads, now);
            if (escalations.Count > 0)
            {
                var told = await outbox.ToldAsync(escalations.Select(e => e.Key).ToArray(), cancellationToken);
                if (notices.Escalation(escalations.Where(e => !told.Contains(e.Key)).ToArray()) is { } escalation)
                    await QueueAsync(escalation, now, cancellationToken);
            }
            foreach (var channel in silent)
                if (notices.Silent(channel) is { } notice)
                    await QueueAsync(notice, now, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.NoticesNotQueued(e.Message);
        }
    }

    /// <summary>Queues a notice unless it was told before.</summary>
    public async Task QueueAsync(Notice notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await outbox.QueueAsync(notice, now, cancellationToken))
            logger.NoticeQueued(notice.Addressee, notice.Key);
    }
}
