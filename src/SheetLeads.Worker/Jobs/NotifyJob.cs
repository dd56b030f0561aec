using Quartz;
using SheetLeads.Worker.Notifications;

namespace SheetLeads.Worker.Jobs;

/// <summary>Sends the mails waiting (SPEC §7): started after each sync, Summary refresh and digest, and on its own
/// schedule so a mail the SMTP server could not take is tried again.</summary>
[DisallowConcurrentExecution]
internal sealed class NotifyJob(NoticeSender sender) : IJob
{
    public static readonly JobKey Key = new("notify");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.SendPendingAsync(cancellationToken);
}
