using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class SheetColumnsTests
{
    private static readonly LeadColumn[] Optional =
        [LeadColumn.Temperature, LeadColumn.NextContact, LeadColumn.LostReason, LeadColumn.FirstResponse, LeadColumn.LastEnquiry, LeadColumn.Flag];

    private readonly ChangePlanner _planner = Some.Planner();

    private static InMemoryLeadSheet SheetWithout(IReadOnlyList<LeadColumn> missing, params IReadOnlyDictionary<LeadColumn, CellValue>[] rows) =>
        new(LeadColumns.DefaultHeader.Where(h => !missing.Select(LeadColumns.HeaderOf).Contains(h)).ToArray(), rows);

    [Fact]
    public void The_plan_never_holds_a_change_for_a_column_the_tab_lacks()
    {
        var sheet = SheetWithout(
            Optional,
            Some.LeadRow(id: "L-000004", email: "james@example.com", phone: "+447700900321"),
            Some.TypedRow(name: "James", phone: "07700 900321"));
        var merge = Some.Enquiry(reference: "mail:m1@x.example", email: "james@example.com", message: "URGENT");
        var fresh = Some.Enquiry(reference: "mail:m2@x.example", email: "sophie@example.com", message: "URGENT");

        var result = _planner.Plan(Some.Input(sheet, [merge, fresh]));

        var written = result.Plan.NewRows.SelectMany(r => r.Cells.Keys)
            .Concat(result.Plan.RowChanges.SelectMany(c => c.Changes).Select(c => c.Column));
        Assert.DoesNotContain(written, Optional.Contains);
    }

    [Fact]
    public void Without_optional_columns_the_outcomes_are_the_same()
    {
        var sheet = SheetWithout(
            Optional,
            Some.LeadRow(id: "L-000004", email: "james@example.com"),
            Some.TypedRow(name: "Pat Doyle", phone: "07700 900555"));
        var merge = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-22 10:04", email: "james@example.com", message: "Any news?");
        var fresh = Some.Enquiry(reference: "mail:m2@x.example", email: "sophie@example.com");

        var result = _planner.Plan(Some.Input(sheet, [merge, fresh]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Merged, OutcomeKind.Created], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["L-000004", "L-000006", "L-000005"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.EndsWith("2026-11-22 10:04 Email: Any news?", sheet.Text("L-000004", LeadColumn.Notes), StringComparison.Ordinal);
        Assert.Equal("Manual", sheet.Text("L-000006", LeadColumn.Source));
    }

    [Fact]
    public void Without_a_flag_column_a_possible_duplicate_is_not_counted_as_flagged()
    {
        var sheet = SheetWithout(
            [LeadColumn.Flag],
            Some.LeadRow(id: "L-000004", phone: "+447700900321"),
            Some.TypedRow(name: "James", phone: "07700 900321"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.Equal(1, result.Adopted);
        Assert.Equal(0, result.Flagged);
    }

    [Fact]
    public void A_missing_optional_column_is_named_in_a_warning()
    {
        var sheet = SheetWithout([LeadColumn.Flag]);

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.Equal(["The Leads tab has no 'Flag' column; the worker leaves it out. Add the header (or run 'sheetleads init') to have it filled."], result.Warnings);
    }

    [Fact]
    public void Several_missing_optional_columns_are_named_in_one_warning()
    {
        var sheet = SheetWithout([LeadColumn.Flag, LeadColumn.Temperature]);

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.Equal(["The Leads tab has no 'Temperature', 'Flag' columns; the worker leaves them out. Add the headers (or run 'sheetleads init') to have them filled."], result.Warnings);
    }

    [Fact]
    public void A_tab_with_every_column_gives_no_warning()
    {
        var result = _planner.Plan(Some.Input(Some.Sheet(), [Some.Enquiry()]));

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Columns_the_team_added_are_never_written()
    {
        var header = LeadColumns.DefaultHeader.Append("Budget").Prepend("Postcode").ToArray();
        var sheet = new InMemoryLeadSheet(header, [Some.LeadRow(id: "L-000004", email: "james@example.com")]);

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com"), Some.Enquiry(reference: "site:s", email: "x@example.com")]));
        sheet.Apply(result.Plan);

        Assert.All(sheet.Snapshot().Rows, r => Assert.True(r.Cells[0].IsEmpty && r.Cells[^1].IsEmpty));
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000004", LeadColumn.Enquiries));
    }
}
