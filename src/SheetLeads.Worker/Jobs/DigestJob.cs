using Quartz;
using SheetLeads.Worker.Notifications;

namespace SheetLeads.Worker.Jobs;

/// <summary>The daily digest (SPEC §7, §8): at DigestAt business-local time, and once at start-up for a worker that
/// was not running then (a day's digest is sent once).</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestRunner runner) : IJob
{
    public static readonly JobKey Key = new("digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (await runner.RunAsync(cancellationToken))
            await context.Scheduler.TriggerJob(NotifyJob.Key, cancellationToken);
    }
}
