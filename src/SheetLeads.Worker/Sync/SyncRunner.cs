using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Sync;

/// <summary>
/// Runs one cycle and tells the log what it did (SPEC §8: one line per cycle with counts), records each channel's
/// health for the Summary, then touches the heartbeat file the container health check reads.
/// </summary>
internal sealed class SyncRunner(
    SyncCycle cycle,
    SheetTurn turn,
    IReadOnlyList<IChannel> channels,
    IChannelHealthStore health,
    BusinessTime time,
    TimeProvider clock,
    Heartbeat heartbeat,
    IOptions<SyncOptions> sync,
    ILogger<SyncRunner> logger)
{
    /// <summary>The cycle's report; a crash is logged and reported as a failed cycle.</summary>
    public async Task<CycleReport> RunAsync(CancellationToken cancellationToken)
    {
        CycleReport report;
        using (await turn.TakeAsync(cancellationToken))
        {
            try
            {
                report = await cycle.RunAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.CycleCrashed(e);
                report = new CycleReport { Failures = [new CycleFailure("worker", e.Message, e)] };
            }
        }
        Log(report);
        await RecordHealthAsync(report, cancellationToken);
        await heartbeat.BeatAsync(report, cancellationToken);
        return report;
    }

    // After the cycle, so a channel whose items the sheet could not take shows nothing taken in. The Summary is
    // only a view: a state that cannot record health is logged and never fails the cycle.
    private async Task RecordHealthAsync(CycleReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await health.RecordPollsAsync(ChannelPoll.From(report, channels.Select(c => c.Info.Name).ToArray()), now, time.DateOf(now), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.HealthNotRecorded(e.Message);
        }
    }

    private void Log(CycleReport report)
    {
        if (logger.IsEnabled(LogLevel.Information))
            LogOutcomes(report);
        foreach (var warning in report.Warnings)
            logger.SheetWarning(warning);
        foreach (var problem in report.Problems)
            logger.ItemNotRead(problem.Where, problem.Message);
        foreach (var failure in report.Failures)
        {
            // The sheet's own exceptions already say what to do; a stack trace is only useful for anything else.
            var expected = failure.Exception is Core.Sheet.SheetUnavailableException or Core.Sheet.SheetLayoutException;
            if (failure.Where == CycleFailure.Sheet)
                logger.SheetFailed(failure.Message, expected ? null : failure.Exception);
            else
                logger.ChannelFailed(failure.Where, failure.Message, failure.Exception?.InnerException);
        }
        var summary = report.SummaryLine();
        if (report.Succeeded)
            logger.CycleFinished(summary);
        else
            logger.CycleFailed(summary);
        if (report.HasMore)
            logger.MorePending(sync.Value.MaxBatch);
    }

    private void LogOutcomes(CycleReport report)
    {
        foreach (var outcome in report.Outcomes)
        {
            var reference = outcome.Item.Reference.ToString();
            if (outcome.Item is Skip skip && outcome.Kind == OutcomeKind.Skipped)
            {
                var reason = skip.Reason.ToText();
                logger.Skipped(reference, skip.Origin, reason, skip.Detail);
            }
            else
            {
                var kind = outcome.Kind.ToString().ToLowerInvariant();
                var lead = outcome.Lead?.ToString();
                logger.TakenIn(reference, outcome.Item.Origin, kind, lead);
            }
        }
        foreach (var (lead, reply) in report.Answered)
        {
            var id = lead.ToString();
            logger.ReplyFound(id, reply.Origin, reply.SentAt);
        }
    }
}
