using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class FirstResponseTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    private static Dictionary<LeadColumn, CellValue> Unanswered(string status)
    {
        var row = Some.LeadRow(id: "L-000003", received: "2026-11-13 16:45", status: status);
        row[LeadColumn.FirstResponse] = CellValue.Empty;
        return row;
    }

    [Theory]
    [InlineData("Contacted")]
    [InlineData("Lost")]
    [InlineData("Waiting for parts")]
    public void A_lead_whose_status_left_new_gets_first_response_stamped_at_this_cycle(string status)
    {
        var sheet = Some.Sheet(Unanswered(status));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Time.ToLocal(Some.Now)), sheet.Cell("L-000003", LeadColumn.FirstResponse));
    }

    [Theory]
    [InlineData("New")]
    [InlineData("Incomplete")]
    [InlineData("")]
    public void A_lead_still_waiting_for_an_answer_is_not_stamped(string status)
    {
        var sheet = Some.Sheet(Unanswered(status));

        var result = _planner.Plan(Some.Input(sheet, []));

        // It is flagged No response (SPEC §5), but its First response stays empty.
        Assert.DoesNotContain(result.Plan.RowChanges.SelectMany(c => c.Changes), c => c.Column == LeadColumn.FirstResponse);
    }

    [Fact]
    public void A_first_response_already_there_is_never_rewritten()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000003", status: "Qualified", firstResponse: "2026-11-13 17:02"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_first_response_cell_a_person_typed_text_into_is_left_alone_and_costs_no_write()
    {
        var row = Unanswered("Contacted");
        row[LeadColumn.FirstResponse] = CellValue.Text("rang back same day");
        var sheet = Some.Sheet(row);

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_typed_row_already_past_new_was_answered_when_it_was_taken()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Jim O'Connor", phone: "07700 900 999", status: "Contacted", received: "2026-11-20 15:10"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-20 15:10")), sheet.Cell("L-000001", LeadColumn.FirstResponse));
    }

    [Fact]
    public void A_typed_row_still_new_is_not_stamped()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Joan Whitaker", phone: "07700 900555"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.True(sheet.Cell("L-000001", LeadColumn.FirstResponse).IsEmpty);
    }

    [Fact]
    public void A_new_lead_has_no_first_response()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry()]));
        sheet.Apply(result.Plan);

        Assert.True(sheet.Cell("L-000001", LeadColumn.FirstResponse).IsEmpty);
    }

    [Fact]
    public void A_row_whose_lead_id_is_repeated_is_not_stamped()
    {
        var sheet = Some.Sheet(Unanswered("Contacted"), Unanswered("Contacted"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.True(result.Plan.IsEmpty);
    }
}
