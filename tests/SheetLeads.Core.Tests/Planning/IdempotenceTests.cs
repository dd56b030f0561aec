using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class IdempotenceTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    private static InMemoryLeadSheet BusySheet() => Some.Sheet(
        Some.LeadRow(id: "L-000001", email: "margaret@example.com", status: "Won"),
        Some.LeadRow(id: "L-000004", email: "james@example.com", phone: "+447700900321", refs: "mail:orig@x.example"),
        Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", message: "Boiler"),
        Some.TypedRow(name: "James", phone: "07700 900 321"));

    private static TakenItem[] BusyBatch() =>
    [
        Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-23 09:00", email: "margaret@example.com"),
        Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:01", email: "other@example.com", thread: ["orig@x.example"]),
        Some.Enquiry(reference: "site:sub-1", received: "2026-11-23 09:02", email: "leo@example.com", phone: "07700 900444"),
        Some.Enquiry(reference: "mail:m3@x.example", received: "2026-11-23 09:03", email: "leo@example.com"),
        Some.Skip(reference: "mail:bounce@x.example", reason: SkipReason.Bounce),
    ];

    [Fact]
    public void A_plan_for_nothing_new_is_empty()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001"), Some.LeadRow(id: "L-000002", email: "b@example.com"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.True(result.Plan.IsEmpty);
        Assert.Empty(result.Outcomes);
    }

    [Fact]
    public void Planning_the_same_items_again_after_the_write_plans_nothing()
    {
        var sheet = BusySheet();
        var first = _planner.Plan(Some.Input(sheet, BusyBatch()));
        sheet.Apply(first.Plan);

        var second = _planner.Plan(Some.Input(sheet, BusyBatch(), highestIssued: first.HighestIssued?.ToString()));

        Assert.False(first.Plan.IsEmpty);
        Assert.True(second.Plan.IsEmpty);
        Assert.Equal(
            [OutcomeKind.Duplicate, OutcomeKind.Duplicate, OutcomeKind.Duplicate, OutcomeKind.Duplicate, OutcomeKind.Skipped],
            second.Outcomes.Select(o => o.Kind));
    }

    [Fact]
    public void Writing_the_same_plan_twice_changes_nothing_the_second_time()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com", notes: "Site visit"));
        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));
        sheet.Apply(result.Plan);
        var after = sheet.Snapshot();

        var report = sheet.Apply(result.Plan with { NewRows = [] });

        Assert.Equal(0, report.CellsWritten);
        Assert.Equal(after.Rows.Select(r => string.Join("|", r.Cells)), sheet.Snapshot().Rows.Select(r => string.Join("|", r.Cells)));
    }

    [Fact]
    public void The_same_input_gives_the_same_plan()
    {
        var sheet = BusySheet();

        var first = _planner.Plan(Some.Input(sheet, BusyBatch()));
        var second = _planner.Plan(Some.Input(sheet, BusyBatch()));

        Assert.Equal(Describe(first.Plan), Describe(second.Plan));
    }

    private static string Describe(SheetChangePlan plan) =>
        string.Join("\n", plan.NewRows.Select(r => r.Id + ": " + string.Join("|", r.Cells.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"))))
        + "\n" + string.Join("\n", plan.RowChanges.Select(c => c.Target + ": " + string.Join("|", c.Changes.Select(x => $"{x.Column} {x.Kind} {x.Value}"))));
}
