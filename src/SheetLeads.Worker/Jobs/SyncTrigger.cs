using Quartz;

namespace SheetLeads.Worker.Jobs;

/// <summary>Starts a sync now rather than at the next interval (new mail announced by IDLE, a webhook push).</summary>
internal interface ISyncTrigger
{
    Task SyncNowAsync(CancellationToken cancellationToken);
}

/// <summary>Triggers the scheduled sync job; Quartz never runs two at once, so a trigger during a cycle waits for it.</summary>
internal sealed class QuartzSyncTrigger(ISchedulerFactory schedulers) : ISyncTrigger
{
    public async Task SyncNowAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(SyncJob.Key, cancellationToken);
    }
}
