using Quartz;
using SheetLeads.Worker.Sync;

namespace SheetLeads.Worker.Jobs;

/// <summary>The scheduled sync (SPEC §8): never two at once; a backlog larger than one cycle continues at once; the mails
/// for its new and merged leads go at once.</summary>
[DisallowConcurrentExecution]
internal sealed class SyncJob(SyncRunner runner) : IJob
{
    public static readonly JobKey Key = new("sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(cancellationToken);
        if (report.Created + report.Merged > 0)
            await context.Scheduler.TriggerJob(NotifyJob.Key, cancellationToken);
        if (report is { HasMore: true, Succeeded: true })
            await context.Scheduler.TriggerJob(Key, cancellationToken);
    }
}
