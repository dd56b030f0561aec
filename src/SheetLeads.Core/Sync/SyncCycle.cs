using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Sync;

/// <summary>
/// One sync cycle (SPEC §8): read every channel, decide what each item is, read the sheet once, plan, write once,
/// and only then record what was taken in and let the channels set their markers. A failing channel is reported
/// and the others go on; a failing sheet write records nothing, so the next cycle takes the same items again. The
/// team's replies a mailbox read from its Sent folder go to the planner with the items (SPEC §4), and are read again
/// after a failed write just as the items are. With <paramref name="notices"/>, the mails the written plan owes the
/// team are recorded with the cycle.
/// </summary>
public sealed class SyncCycle(
    IReadOnlyList<IChannel> channels,
    ILeadSheet sheet,
    IWorkerState state,
    IntakeSettings intake,
    ChangePlanner planner,
    TimeProvider clock,
    SyncLimits limits,
    LeadNotices? notices = null)
{
    /// <summary>The first channel read this cycle: after a cycle cut short by the item limit, the next cycle starts
    /// with the channel after the one that filled it, so one channel's backlog cannot starve the others.</summary>
    private int _firstChannel;

    /// <summary>What a cycle that wrote the sheet but could not record it reports (the sheet holds the references).</summary>
    public const string State = "state";

    /// <summary>Runs one cycle.</summary>
    public async Task<CycleReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow(); // read once: every item is judged at the same moment
        var callsBefore = sheet.Calls;
        var failures = new List<CycleFailure>();
        var problems = new List<CycleFailure>();
        var batches = new List<(IChannel Channel, ChannelBatch Batch, int First, int Count)>();
        var items = new List<TakenItem>();
        var replies = new List<TeamReply>();
        var unread = false;

        var start = channels.Count == 0 ? 0 : _firstChannel % channels.Count;
        for (var i = 0; i < channels.Count; i++)
        {
            var index = (start + i) % channels.Count;
            var channel = channels[index];
            var remaining = limits.MaxItems - items.Count;
            if (remaining <= 0)
            {
                unread = true; // the channels after the limit may hold items: say so, so the next cycle is not put off
                _firstChannel = index;
                break;
            }
            try
            {
                var batch = await channel.ReadAsync(remaining, cancellationToken);
                problems.AddRange(batch.Problems.Select(p => new CycleFailure(channel.Info.Name, p)));
                batches.Add((channel, batch, items.Count, batch.Items.Count));
                items.AddRange(batch.Items.Select(item => EnquiryIntake.Take(channel.Info, item, intake, now)));
                replies.AddRange(batch.Replies.Where(r => r.ReachesOutside(intake.IsOwn)));
                if (batch.HasMore)
                    _firstChannel = index + 1;
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // SPEC §1: channels are independent. An adapter should throw ChannelException, but one that fails
                // any other way (a bug, a timeout's TaskCanceledException) is still only that channel's failure.
                failures.Add(new CycleFailure(channel.Info.Name, e.Message, e));
            }
        }

        CycleReport Report(PlanResult? result) => new()
        {
            Outcomes = result?.Outcomes ?? [],
            Answered = result?.Answered ?? System.Collections.ObjectModel.ReadOnlyDictionary<LeadId, TeamReply>.Empty,
            Adopted = result?.Adopted ?? 0,
            Flagged = result?.Flagged ?? 0,
            ApiCalls = sheet.Calls - callsBefore,
            Duration = clock.GetElapsedTime(started),
            ChannelsRead = batches.Select(b => b.Channel.Info.Name).ToArray(),
            Failures = failures,
            Problems = problems,
            Warnings = result?.Warnings ?? [],
            HasMore = unread || batches.Any(b => b.Batch.HasMore),
        };

        PlanResult result;
        IReadOnlyList<Notice> owed;
        try
        {
            (result, var read, var written) = await PlanAndWriteAsync(items, replies, now, cancellationToken);
            owed = notices?.ForCycle(read, result, written?.FirstNewRow) ?? [];
        }
        catch (Exception e) when (e is SheetUnavailableException or SheetLayoutException or SheetChangedException)
        {
            failures.Add(new CycleFailure(CycleFailure.Sheet, e.Message, e));
            return Report(null);
        }

        try
        {
            // Not cancelled: the sheet holds the batch now, and a record abandoned half-way would let the next cycle
            // issue these Lead IDs again, or take in again an enquiry whose new row a person deleted meanwhile.
            await state.CommitAsync(new CycleRecord(now, result.Outcomes, batches.Select(b => b.Batch.Checkpoint).ToArray(),
                result.HighestIssued, result.LastRoundRobin) { Notices = owed }, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The sheet holds every reference, so nothing is lost or doubled: the next cycle reads the same items
            // again and finds them already in the sheet. The channels keep their markers until then.
            failures.Add(new CycleFailure(State, "the worker's state could not be recorded: " + e.Message, e));
            return Report(result);
        }

        foreach (var (channel, batch, first, count) in batches)
        {
            try
            {
                await channel.AcknowledgeAsync(batch, result.Outcomes.Skip(first).Take(count).ToArray(), cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // As when reading: one channel's failure is its own, and the channels after it still set their markers.
                problems.Add(new CycleFailure(channel.Info.Name, e.Message, e));
            }
        }
        return Report(result);
    }

    /// <summary>Plans from a fresh read and writes it; returns the plan, the read it was made from and what the write
    /// did (null when there was nothing to write).</summary>
    private async Task<(PlanResult Result, SheetSnapshot Read, SheetWriteReport? Written)> PlanAndWriteAsync(
        IReadOnlyList<TakenItem> items, IReadOnlyList<TeamReply> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var memory = await state.ReadAsync(items.Select(i => i.Reference).Distinct().ToArray(), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await sheet.ReadAsync(cancellationToken);
            if (snapshot.Columns.MissingRequired is { Count: > 0 } missing)
                throw new SheetLayoutException(MissingColumnsMessage(snapshot, missing));
            var result = planner.Plan(new PlanInput(snapshot, items, memory.AlreadyTaken, memory.HighestIssued, memory.LastRoundRobin, now) { Replies = replies });
            if (result.Plan.IsEmpty)
                return (result, snapshot, null);
            try
            {
                return (result, snapshot, await sheet.ApplyAsync(result.Plan, cancellationToken));
            }
            catch (SheetChangedException) when (attempt < limits.PlanAttempts)
            {
                // A person moved or re-identified a planned row between read and write: read again and re-plan.
                // The Lead IDs seen so far stay issued even if their rows are gone now (SPEC §4: never reused).
                memory = memory with { HighestIssued = Highest(memory.HighestIssued, HighestIn(snapshot)) };
            }
        }
    }

    private static LeadId? HighestIn(SheetSnapshot snapshot) =>
        snapshot.Rows.Select(r => LeadId.TryParse(snapshot.Columns.Get(r.Cells, LeadColumn.LeadId).AsText(), out var id) ? id : null).Max();

    private static LeadId? Highest(LeadId? a, LeadId? b) => a is null ? b : b is null ? a : a.Value > b.Value ? a : b;

    private static string MissingColumnsMessage(SheetSnapshot snapshot, IReadOnlyList<LeadColumn> missing)
    {
        var names = string.Join(", ", missing.Select(c => $"'{LeadColumns.HeaderOf(c)}' (or {string.Join(", ", LeadColumns.Headers[c].Skip(1).Select(a => $"'{a}'"))})"));
        return $"The Leads tab of {snapshot.Location} has no {names} column; its header row is: {string.Join(" | ", snapshot.Header)}. " +
               "Rename the column back (or to one of the names given), or run 'sheetleads init' to add it.";
    }
}
