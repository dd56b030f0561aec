using Quartz;
using SheetLeads.Worker.Summary;

namespace SheetLeads.Worker.Jobs;

/// <summary>The scheduled Summary refresh (SPEC §6, §8): every SummaryInterval, never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class SummaryJob(SummaryRunner runner) : IJob
{
    public static readonly JobKey Key = new("summary");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await runner.RunAsync(cancellationToken);
        await context.Scheduler.TriggerJob(NotifyJob.Key, cancellationToken); // the manager's mails it queued
    }
}
