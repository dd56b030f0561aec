using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleRobustnessTests
{
    private readonly FakeTimeProvider _clock = new(Some.Now);

    private SyncCycle Cycle(InMemoryLeadSheet sheet, InMemoryWorkerState state, SyncLimits limits, params IChannel[] channels) =>
        new(channels, sheet, state, Some.Intake, Some.Planner(), _clock, limits);

    [Fact]
    public async Task State_that_cannot_be_recorded_fails_the_cycle_and_leaves_the_channels_unacknowledged()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState { CommitFails = true };
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Cycle(sheet, state, new SyncLimits(), site).RunAsync(CancellationToken.None);

        Assert.StartsWith("sync failed: taken=1 created=1 ", report.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal((SyncCycle.State, "the worker's state could not be recorded: disk full"), (report.Failures[0].Where, report.Failures[0].Message));
        Assert.Empty(site.Acknowledged);
        Assert.Equal(1, sheet.RowCount);
    }

    [Fact]
    public async Task After_a_failed_state_write_the_next_cycle_finds_the_items_in_the_sheet_and_writes_nothing()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState { CommitFails = true };
        var site = new FakeChannel("site", "Website form").With(Some.Form());
        var cycle = Cycle(sheet, state, new SyncLimits(), site);
        await cycle.RunAsync(CancellationToken.None);
        state.CommitFails = false;

        var report = await cycle.RunAsync(CancellationToken.None);

        Assert.StartsWith("sync ok: taken=1 created=0 merged=0 duplicate=1 ", report.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal(1, sheet.RowCount);
        Assert.Equal(1, sheet.Writes);
    }

    [Fact]
    public async Task An_item_the_rules_cannot_understand_is_an_unparseable_skip_and_the_items_behind_it_are_taken_in()
    {
        var sheet = Some.Sheet();
        var broken = new FormItem(new FormSubmission("sub-666", null, null, [new FormField(null!, "value")]), "sub-666.json");
        var site = new FakeChannel("site", "Website form").With(broken, Some.Form(id: "sub-1002"));

        var report = await Cycle(sheet, new InMemoryWorkerState(), new SyncLimits(), site).RunAsync(CancellationToken.None);

        Assert.StartsWith("sync ok: taken=2 created=1 merged=0 duplicate=0 skipped=1 (unparseable=1)", report.SummaryLine(), StringComparison.Ordinal);
        var skip = Assert.IsType<Core.Leads.Skip>(report.Outcomes.Single(o => o.Kind == Core.Planning.OutcomeKind.Skipped).Item);
        Assert.Equal("site:sub-666", skip.Reference.ToString());
    }

    [Fact]
    public async Task After_a_cycle_filled_by_one_channel_the_next_cycle_reads_the_other_channel_first()
    {
        var sheet = Some.Sheet();
        var busy = new FakeChannel("busy", "Website form").With(
            Some.Form(id: "b1", email: "b1@example.com"), Some.Form(id: "b2", email: "b2@example.com"), Some.Form(id: "b3", email: "b3@example.com"));
        var quiet = new FakeChannel("quiet", "Tally: Callback").With(Some.Form(id: "q1", email: "q1@example.com"));
        var cycle = Cycle(sheet, new InMemoryWorkerState(), new SyncLimits(MaxItems: 2), busy, quiet);

        var first = await cycle.RunAsync(CancellationToken.None);
        var second = await cycle.RunAsync(CancellationToken.None);

        Assert.True(first.HasMore);
        Assert.Equal(["busy:b1", "busy:b2"], first.Outcomes.Select(o => o.Item.Reference.ToString()));
        Assert.Equal("quiet:q1", second.Outcomes[0].Item.Reference.ToString());
    }
}
