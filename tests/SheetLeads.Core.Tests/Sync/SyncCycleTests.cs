using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleTests
{
    private readonly FakeTimeProvider _clock = new(Some.Now);
    private readonly Journal _journal = new();

    private SyncCycle Cycle(InMemoryLeadSheet sheet, InMemoryWorkerState state, params IChannel[] channels) =>
        new(channels, sheet, state, Some.Intake, Some.Planner(), _clock, new SyncLimits());

    [Fact]
    public async Task A_cycle_writes_the_new_enquiries_of_every_channel_in_one_write()
    {
        var sheet = Some.Sheet();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001", email: "a@example.com"));
        var tally = new FakeChannel("tally", "Tally: Callback").With(Some.Form(id: "t-1", submitted: "2026-11-23 09:30", email: "b@example.com"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site, tally));

        // Both arrived this morning and are taken in at noon: past the response target already, so both are flagged.
        Assert.Equal("sync ok: taken=2 created=2 merged=0 duplicate=0 skipped=0 flagged=2 api_calls=2 duration=0ms", report.SummaryLine());
        Assert.Equal(["L-000001", "L-000002"], sheet.LeadIds);
        Assert.Equal("Website form", sheet.Text("L-000001", LeadColumn.Source));
        Assert.Equal("tally:t-1", sheet.Text("L-000002", LeadColumn.Ref));
        Assert.Equal(1, sheet.Writes);
    }

    [Fact]
    public async Task The_duration_is_measured_by_the_clock()
    {
        var sheet = Some.Sheet();
        sheet.OnWrite = () => _clock.Advance(TimeSpan.FromMilliseconds(412));
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.Equal(TimeSpan.FromMilliseconds(412), report.Duration);
        Assert.EndsWith(" duration=412ms", report.SummaryLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skips_are_counted_by_reason_and_never_written()
    {
        var sheet = Some.Sheet();
        var site = new FakeChannel("site", "Website form").With(Some.Unreadable(), Some.Form());

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.Equal("sync ok: taken=2 created=1 merged=0 duplicate=0 skipped=1 (unparseable=1) flagged=1 api_calls=2 duration=0ms", report.SummaryLine());
        Assert.Equal(1, sheet.RowCount);
    }

    [Fact]
    public async Task A_cycle_with_nothing_new_makes_no_write()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001"));
        var site = new FakeChannel("site", "Website form");
        var state = new InMemoryWorkerState();

        var report = await Run(Cycle(sheet, state, site));

        Assert.Equal("sync ok: taken=0 created=0 merged=0 duplicate=0 skipped=0 flagged=0 api_calls=1 duration=0ms", report.SummaryLine());
        Assert.Empty(sheet.Plans);
        Assert.Single(state.Commits);
    }

    [Fact]
    public async Task A_cycle_with_nothing_new_still_writes_a_flag_that_appeared_and_then_writes_nothing_again()
    {
        // Received this morning at 11:00 and not answered; the clock reads noon.
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", received: "2026-11-23 11:00", status: "New"));
        var site = new FakeChannel("site", "Website form");
        var cycle = Cycle(sheet, new InMemoryWorkerState(), site);

        var first = await Run(cycle);
        var second = await Run(cycle);

        Assert.Equal("sync ok: taken=0 created=0 merged=0 duplicate=0 skipped=0 flagged=1 api_calls=2 duration=0ms", first.SummaryLine());
        Assert.Equal("sync ok: taken=0 created=0 merged=0 duplicate=0 skipped=0 flagged=0 api_calls=1 duration=0ms", second.SummaryLine());
        Assert.Equal("No response 1h", sheet.Text("L-000001", LeadColumn.Flag));
        Assert.Equal([new RowHighlight(Some.Id("L-000001"), Highlight.Late)], Assert.Single(sheet.Plans).Highlights);
    }

    [Fact]
    public async Task An_item_read_again_after_its_lead_was_written_is_a_duplicate_and_writes_nothing()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "leo@example.com", refs: "site:sub-1001"));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001", email: "leo@example.com"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.Equal(1, report.Duplicate);
        Assert.Empty(sheet.Plans);
        Assert.Single(site.Acknowledged);
    }

    [Fact]
    public async Task An_adopted_possible_duplicate_is_counted_as_flagged()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", phone: "+447700900321"), Some.TypedRow(name: "James", phone: "07700 900 321"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState()));

        Assert.Equal("sync ok: taken=0 created=0 merged=0 duplicate=0 skipped=0 flagged=1 api_calls=2 duration=0ms", report.SummaryLine());
        Assert.Equal(1, report.Adopted);
    }

    [Fact]
    public async Task A_cycle_takes_no_more_items_than_its_limit_and_says_more_are_waiting()
    {
        var sheet = Some.Sheet();
        var site = new FakeChannel("site", "Website form").With(
            Some.Form(id: "s1", email: "a@example.com"), Some.Form(id: "s2", email: "b@example.com"), Some.Form(id: "s3", email: "c@example.com"));
        var cycle = new SyncCycle([site], sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), _clock, new SyncLimits(MaxItems: 2));

        var first = await Run(cycle);
        var second = await Run(cycle);

        Assert.Equal(2, first.Taken);
        Assert.True(first.HasMore);
        Assert.Equal(1, second.Taken);
        Assert.False(second.HasMore);
        Assert.Equal(3, sheet.RowCount);
    }

    [Fact]
    public async Task A_channel_left_unread_because_the_limit_was_reached_counts_as_more_waiting()
    {
        var sheet = Some.Sheet();
        var mail = new FakeChannel("enquiries", "Email").With(Some.Form(id: "m1", email: "a@example.com"));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "s1", email: "b@example.com"));
        var cycle = new SyncCycle([mail, site], sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), _clock, new SyncLimits(MaxItems: 1));

        var first = await Run(cycle);
        var siteReadsInFirst = site.Reads;
        var second = await Run(cycle);

        Assert.True(first.HasMore);
        Assert.Equal(0, siteReadsInFirst);
        Assert.Equal(1, second.Taken);
        Assert.Equal("site:s1", sheet.Text("L-000002", LeadColumn.Ref));
    }

    [Fact]
    public async Task The_state_records_the_highest_lead_id_and_the_rotation()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000007"));
        var state = new InMemoryWorkerState { LastRoundRobin = "Alice Hart" };
        var site = new FakeChannel("site", "Website form").With(Some.Form(email: "a@example.com", message: "Radiators"));

        await Run(Cycle(sheet, state, site));

        Assert.Equal(Some.Id("L-000008"), state.HighestIssued);
        Assert.Equal("Bob Singh", state.LastRoundRobin);
        Assert.Equal("Bob Singh", sheet.Text("L-000008", LeadColumn.Owner));
    }

    [Fact]
    public async Task The_cycle_is_judged_at_one_clock_reading()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900555"));
        var state = new InMemoryWorkerState();
        sheet.OnWrite = () => _clock.Advance(TimeSpan.FromMinutes(5));

        await Run(Cycle(sheet, state));

        Assert.Equal(Some.Now, Assert.Single(state.Commits).At);
        Assert.Equal(CellValue.DateTime(Some.Time.ToLocal(Some.Now)), sheet.Cell("L-000001", LeadColumn.Received));
    }

    private static Task<CycleReport> Run(SyncCycle cycle) => cycle.RunAsync(CancellationToken.None);
}
