using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;
using static Microsoft.Extensions.Options.Options;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>The Summary refresh built as the worker's services build it (Hosting/WorkerServices.cs), with no channels
/// and notifications off.</summary>
internal static class SummaryRunners
{
    public static SummaryRunner Build(ILeadSheet sheet, ISummarySheet summary, SqliteWorkerState state, BusinessOptions business, TeamOptions team,
        SyncOptions sync, SheetTurn turn, TimeProvider clock, CollectingLogger log)
    {
        var settings = CoreSettings.Summary(business, team, sync);
        var reading = new SummaryReading(sheet, CoreSettings.Reader(business), new SummaryBuilder(settings), [], state, CoreSettings.Time(business));
        var notifications = new NotificationsOptions();
        var mail = new ManagerMail(new ManagerNotices(settings, CoreSettings.Notices(business, team, notifications)), state,
            Create(notifications), NullLogger<ManagerMail>.Instance);
        return new SummaryRunner(sheet, summary, reading, mail, state, turn, clock, Create(sync), log);
    }
}
