using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Sync;

namespace SheetLeads.Worker.Summary;

/// <summary>
/// Refreshes the Summary tab (SPEC §6): reads the Leads tab once, takes each channel's health from the worker's
/// state, computes the figures and writes them, and queues the manager's mails for what it saw (escalations, silent
/// channels). A Summary whose figures are the same as the one written less than half a refresh interval ago is left
/// as it is (a second <c>sync --once</c> right after the first changes nothing). A failure is logged and reported,
/// never thrown: the Summary is a view, and the sync goes on without it.
/// </summary>
internal sealed class SummaryRunner(
    ILeadSheet sheet,
    ISummarySheet summary,
    SummaryReading reading,
    ManagerMail mail,
    ISummaryMemory memory,
    SheetTurn turn,
    TimeProvider clock,
    IOptions<SyncOptions> sync,
    ILogger<SummaryRunner> logger)
{
    /// <summary>True when the Summary now shows the current figures; false when the refresh failed (logged).</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (await turn.TakeAsync(cancellationToken))
                await RefreshAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The sheet's own exceptions already say what to do; a stack trace only helps for anything else.
            var expected = e is SheetUnavailableException or SheetLayoutException;
            logger.SummaryFailed(e.Message, expected ? null : e);
            return false;
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow(); // read once: every figure is for the same moment
        var (report, leads, silent) = await reading.ReadAsync(now, cancellationToken);
        foreach (var alert in report.Alerts)
            logger.ChannelSilent(alert);
        await mail.QueueAsync(leads, silent, now, cancellationToken);
        var fingerprint = SummaryFingerprint.Of(report);
        if (await memory.LastSummaryAsync(cancellationToken) is { } last && last.Fingerprint == fingerprint && now - last.At < sync.Value.SummaryInterval / 2 && now >= last.At)
        {
            logger.SummaryUnchanged(last.At);
            return;
        }
        await summary.WriteSummaryAsync(report, cancellationToken);
        await memory.RecordSummaryAsync(new SummaryStamp(fingerprint, now), cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
            logger.SummaryWritten(sheet.Location, report.KeyFigures.FirstOrDefault(f => f.Label == SummaryLabels.OpenLeads)?.Value.Value.AsText() ?? "", report.Alerts.Count);
    }
}
