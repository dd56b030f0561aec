using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

/// <summary>Two people take the same caller's call and both type a row before the worker runs.</summary>
public sealed class TypedTwiceTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void The_second_row_typed_for_the_same_caller_is_flagged_as_a_possible_duplicate_of_the_first()
    {
        var sheet = Some.Sheet(
            Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", message: "Radiator leaking"),
            Some.TypedRow(name: "Pat", phone: "07700900555", message: "Rang about a leak"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(["L-000001", "L-000002"], sheet.LeadIds);
        Assert.Equal("", sheet.Text("L-000001", LeadColumn.Flag));
        Assert.Equal("Possible duplicate of L-000001", sheet.Text("L-000002", LeadColumn.Flag));
        Assert.Equal(1, result.Flagged);
    }

    [Fact]
    public void Both_rows_are_kept_and_neither_is_merged_into_the_other()
    {
        var sheet = Some.Sheet(
            Some.TypedRow(name: "Pat Doyle", email: "pat@example.com", message: "Radiator leaking"),
            Some.TypedRow(name: "Pat Doyle", email: "PAT@example.com", message: "Rang about a leak"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(2, result.Adopted);
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000001", LeadColumn.Enquiries));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000002", LeadColumn.Enquiries));
        Assert.Equal("", sheet.Text("L-000001", LeadColumn.Notes));
    }

    [Fact]
    public void A_row_typed_twice_for_a_lead_already_in_the_sheet_names_that_lead_both_times()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", phone: "+447700900321", status: "Contacted"),
            Some.TypedRow(name: "James", phone: "07700 900 321"),
            Some.TypedRow(name: "James O'Connor", phone: "07700 900321"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("Possible duplicate of L-000004", sheet.Text("L-000005", LeadColumn.Flag));
        Assert.Equal("Possible duplicate of L-000004", sheet.Text("L-000006", LeadColumn.Flag));
    }

    [Fact]
    public void Planning_again_after_the_write_plans_nothing()
    {
        var sheet = Some.Sheet(
            Some.TypedRow(name: "Pat Doyle", phone: "07700 900555"),
            Some.TypedRow(name: "Pat", phone: "07700900555"));
        sheet.Apply(_planner.Plan(Some.Input(sheet, [])).Plan);

        var again = _planner.Plan(Some.Input(sheet, []));

        Assert.True(again.Plan.IsEmpty);
    }
}
