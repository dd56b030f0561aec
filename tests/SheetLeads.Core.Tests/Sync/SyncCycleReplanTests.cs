using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleReplanTests
{
    private readonly FakeTimeProvider _clock = new(Some.Now);

    private SyncCycle Cycle(InMemoryLeadSheet sheet, InMemoryWorkerState state, params IChannel[] channels) =>
        new(channels, sheet, state, Some.Intake, Some.Planner(), _clock, new SyncLimits(PlanAttempts: 3));

    private static Task<CycleReport> Run(SyncCycle cycle) => cycle.RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_row_deleted_between_read_and_write_makes_the_cycle_read_again_and_lose_nothing()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000003", email: "someone@example.com"),
            Some.LeadRow(id: "L-000004", email: "james@example.com"));
        sheet.BeforeNextWrite(s => s.Delete("L-000004"));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", name: "James O'Connor", email: "james@example.com"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.True(report.Succeeded);
        Assert.Equal(OutcomeKind.Created, Assert.Single(report.Outcomes).Kind);
        Assert.Equal(4, report.ApiCalls);
        Assert.Equal(2, sheet.RowCount);
        Assert.Equal("site:sub-1", sheet.Text("L-000005", LeadColumn.Ref));
    }

    [Fact]
    public async Task A_lead_id_seen_before_its_row_was_deleted_is_not_issued_again()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com"));
        sheet.BeforeNextWrite(s => s.Delete("L-000004"));
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "james@example.com"));

        await Run(Cycle(sheet, state, site));

        Assert.Equal(["L-000005"], sheet.LeadIds);
        Assert.Equal(Some.Id("L-000005"), state.HighestIssued);
    }

    [Fact]
    public async Task Rows_sorted_between_read_and_write_get_each_change_in_the_right_row()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", name: "Zoe Adams", email: "zoe@example.com"),
            Some.LeadRow(id: "L-000002", name: "Adam Zane", email: "adam@example.com"),
            Some.TypedRow(name: "Mia Brown", phone: "07700 900555"));
        sheet.BeforeNextWrite(s => s.SortBy(LeadColumn.Name));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "zoe@example.com", message: "Any news?"));

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.Equal(2, report.ApiCalls);
        Assert.Equal(["L-000002", "L-000003", "L-000001"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000001", LeadColumn.Enquiries));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000002", LeadColumn.Enquiries));
        Assert.Equal("Mia Brown", sheet.Text("L-000003", LeadColumn.Name));
    }

    [Fact]
    public async Task A_typed_row_edited_between_read_and_write_is_planned_again_with_what_it_now_holds()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Mia", phone: "07700 900555"));
        sheet.BeforeNextWrite(s =>
        {
            s.TypeAt(0, LeadColumn.Name, CellValue.Text("Mia Brown"));
            s.TypeAt(0, LeadColumn.Owner, CellValue.Text("Chloe Price"));
        });

        var report = await Run(Cycle(sheet, new InMemoryWorkerState()));

        Assert.True(report.Succeeded);
        Assert.Equal(4, report.ApiCalls);
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal("Mia Brown", sheet.Text("L-000001", LeadColumn.Name));
        Assert.Equal("Chloe Price", sheet.Text("L-000001", LeadColumn.Owner));
    }

    [Fact]
    public async Task A_sheet_that_keeps_changing_fails_the_cycle_after_the_last_attempt_and_commits_nothing()
    {
        var sheet = Some.Sheet();
        sheet.WritesFindingRowsChanged = 3;
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Run(Cycle(sheet, state, site));

        Assert.StartsWith("sync failed: ", report.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal(6, report.ApiCalls);
        Assert.Empty(state.Commits);
        Assert.Empty(site.Acknowledged);
        Assert.Equal(0, sheet.RowCount);
    }

    [Fact]
    public async Task A_sheet_that_changed_once_is_written_at_the_next_attempt()
    {
        var sheet = Some.Sheet();
        sheet.WritesFindingRowsChanged = 2;
        var site = new FakeChannel("site", "Website form").With(Some.Form());

        var report = await Run(Cycle(sheet, new InMemoryWorkerState(), site));

        Assert.True(report.Succeeded);
        Assert.Equal(["L-000001"], sheet.LeadIds);
    }
}
