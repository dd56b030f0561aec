using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleFailureTests
{
    private readonly FakeTimeProvider _clock = new(Some.Now);

    private SyncCycle Cycle(InMemoryLeadSheet sheet, InMemoryWorkerState state, params IChannel[] channels) =>
        new(channels, sheet, state, Some.Intake, Some.Planner(), _clock, new SyncLimits());

    private static Task<CycleReport> Run(SyncCycle cycle) => cycle.RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_failing_channel_is_reported_while_the_other_channels_leads_are_written()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState();
        var mail = new FakeChannel("enquiries", "Email") { Failing = true };
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));

        var report = await Run(Cycle(sheet, state, mail, site));

        Assert.Equal("sync failed: taken=1 created=1 merged=0 duplicate=0 skipped=0 flagged=1 api_calls=2 duration=0ms", report.SummaryLine());
        var failure = Assert.Single(report.Failures);
        Assert.Equal("enquiries", failure.Where);
        Assert.Equal("enquiries: connection refused by the server.", failure.Message);
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Single(site.Acknowledged);
        Assert.Equal(["site"], Assert.Single(state.Commits).Checkpoints.Select(c => c.Channel));
    }

    [Fact]
    public async Task A_sheet_that_cannot_be_written_commits_nothing_and_the_next_cycle_takes_the_same_items_again()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));
        var cycle = Cycle(sheet, state, site);
        sheet.WritesFail = true;

        var failed = await Run(cycle);
        sheet.WritesFail = false;
        var retried = await Run(cycle);

        Assert.StartsWith("sync failed: ", failed.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal(CycleFailure.Sheet, Assert.Single(failed.Failures).Where);
        Assert.Equal(1, retried.Created);
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Single(state.Commits);
        Assert.Single(site.Acknowledged);
    }

    [Fact]
    public async Task A_failed_write_leaves_the_state_and_the_channels_untouched()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));
        sheet.WritesFail = true;

        await Run(Cycle(sheet, state, site));

        Assert.Empty(state.Commits);
        Assert.Empty(state.Taken);
        Assert.Null(state.HighestIssued);
        Assert.Empty(site.Acknowledged);
        Assert.Single(site.Pending);
        Assert.Equal(0, sheet.RowCount);
    }

    [Fact]
    public async Task A_sheet_that_cannot_be_read_commits_nothing()
    {
        var sheet = Some.Sheet();
        sheet.ReadsFail = true;
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Run(Cycle(sheet, state, site));

        Assert.Equal("The sheet is locked by another program.", Assert.Single(report.Failures).Message);
        Assert.Empty(state.Commits);
        Assert.Empty(site.Acknowledged);
    }

    [Fact]
    public async Task A_tab_missing_a_required_column_is_refused_with_a_message_naming_it()
    {
        var sheet = new InMemoryLeadSheet(["Lead ID", "Received", "Source", "Name", "Email", "Phone", "Company", "Message", "Status", "Owner", "Notes", "Enquiries"], []);
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Run(Cycle(sheet, state, site));

        var failure = Assert.Single(report.Failures);
        Assert.Equal(CycleFailure.Sheet, failure.Where);
        Assert.Equal(
            "The Leads tab of in-memory sheet has no 'Ref' (or 'Refs', 'Reference', 'References') column; its header row is: " +
            "Lead ID | Received | Source | Name | Email | Phone | Company | Message | Status | Owner | Notes | Enquiries. " +
            "Rename the column back (or to one of the names given), or run 'sheetleads init' to add it.",
            failure.Message);
        Assert.Empty(sheet.Plans);
        Assert.Empty(state.Commits);
    }

    [Fact]
    public async Task A_channel_that_cannot_set_its_markers_is_reported_and_nothing_is_lost()
    {
        var sheet = Some.Sheet();
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form") { AcknowledgeFails = true }.With(Some.Form(id: "sub-1001"));
        var cycle = Cycle(sheet, state, site);

        var first = await Run(cycle);
        site.AcknowledgeFails = false;
        var second = await Run(cycle);

        Assert.StartsWith("sync failed: ", first.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal("site", Assert.Single(first.Problems).Where);
        Assert.Equal(1, first.Created);
        Assert.Equal(1, second.Duplicate);
        Assert.Equal(["L-000001"], sheet.LeadIds);
    }

    [Fact]
    public async Task A_channel_failing_in_an_unexpected_way_is_reported_and_the_others_go_on()
    {
        var sheet = Some.Sheet();
        var broken = new BrokenChannel(new InvalidOperationException("Sequence contains no elements"));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), broken, site));

        var failure = Assert.Single(report.Failures);
        Assert.Equal("broken", failure.Where);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        Assert.Equal(["L-000001"], sheet.LeadIds);
    }

    [Fact]
    public async Task A_channel_that_timed_out_is_reported_and_the_others_go_on()
    {
        var sheet = Some.Sheet();
        var broken = new BrokenChannel(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing."));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), broken, site));

        Assert.Equal("broken", Assert.Single(report.Failures).Where);
        Assert.Equal(["L-000001"], sheet.LeadIds);
    }

    [Fact]
    public async Task A_cycle_being_stopped_stops_and_commits_nothing()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var state = new InMemoryWorkerState();
        var broken = new BrokenChannel(new OperationCanceledException(stop.Token));
        var cycle = Cycle(Some.Sheet(), state, broken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cycle.RunAsync(stop.Token));

        Assert.Empty(state.Commits);
    }
}
