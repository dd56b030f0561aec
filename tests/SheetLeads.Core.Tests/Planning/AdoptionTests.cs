using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class AdoptionTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void A_typed_row_is_adopted_with_a_lead_id_received_source_status_and_owner()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000003", email: "someone@example.com"),
            Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", message: "Boiler making a noise, please call back"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(1, result.Adopted);
        Assert.Equal(["L-000003", "L-000004"], sheet.LeadIds);
        Assert.Equal(CellValue.DateTime(Some.Time.ToLocal(Some.Now)), sheet.Cell("L-000004", LeadColumn.Received));
        Assert.Equal("Manual", sheet.Text("L-000004", LeadColumn.Source));
        Assert.Equal("New", sheet.Text("L-000004", LeadColumn.Status));
        Assert.Equal("Bob Singh", sheet.Text("L-000004", LeadColumn.Owner));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000004", LeadColumn.Enquiries));
    }

    [Fact]
    public void The_cells_a_person_typed_are_never_rewritten()
    {
        var sheet = Some.Sheet(Some.TypedRow(
            name: "pat doyle", phone: "07700 900555", email: "PAT@Example.com", status: "Contacted", owner: "Chloe Price",
            source: "Phone", received: "2026-11-20 14:00", notes: "Rang twice", message: "Boiler"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("pat doyle", sheet.Text("L-000001", LeadColumn.Name));
        Assert.Equal("07700 900555", sheet.Text("L-000001", LeadColumn.Phone));
        Assert.Equal("PAT@Example.com", sheet.Text("L-000001", LeadColumn.Email));
        Assert.Equal("Contacted", sheet.Text("L-000001", LeadColumn.Status));
        Assert.Equal("Chloe Price", sheet.Text("L-000001", LeadColumn.Owner));
        Assert.Equal("Phone", sheet.Text("L-000001", LeadColumn.Source));
        Assert.Equal("2026-11-20 14:00", sheet.Text("L-000001", LeadColumn.Received));
        Assert.Equal("Rang twice", sheet.Text("L-000001", LeadColumn.Notes));
    }

    [Fact]
    public void A_typed_row_with_its_owner_typed_does_not_move_the_rotation()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", owner: "Chloe Price"));

        var result = _planner.Plan(Some.Input(sheet, [], lastRoundRobin: "Alice Hart"));

        Assert.Equal("Alice Hart", result.LastRoundRobin);
    }

    [Fact]
    public void A_typed_row_missing_a_required_field_starts_incomplete()
    {
        var sheet = Some.Sheet(Some.TypedRow(phone: "07700 900555", message: "Call back about radiators"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("Incomplete", sheet.Text("L-000001", LeadColumn.Status));
    }

    [Fact]
    public void A_typed_row_matching_a_lead_by_phone_is_flagged_as_a_possible_duplicate_and_never_merged()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", name: "James O'Connor", phone: "+447700900321", status: "Contacted", notes: "Site visit 06/11."),
            Some.TypedRow(name: "James", phone: "07700 900 321", status: "Contacted", message: "Rang about the quote"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal(1, result.Flagged);
        Assert.Equal(["L-000004", "L-000005"], sheet.LeadIds);
        // Typed in as Contacted with no Next contact: it needs a next step too, said after the duplicate.
        Assert.Equal("Possible duplicate of L-000004; No next step", sheet.Text("L-000005", LeadColumn.Flag));
        Assert.Equal("07700 900 321", sheet.Text("L-000005", LeadColumn.Phone));
        Assert.Equal("Contacted", sheet.Text("L-000005", LeadColumn.Status));
    }

    [Fact]
    public void The_lead_a_typed_row_repeats_is_left_alone()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", name: "James O'Connor", phone: "+447700900321", notes: "Site visit 06/11."),
            Some.TypedRow(name: "James", phone: "07700 900 321"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.DoesNotContain(result.Plan.RowChanges, c => c.Target == new RowWithLeadId(Some.Id("L-000004")));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.Equal("Site visit 06/11.", sheet.Text("L-000004", LeadColumn.Notes));
        Assert.Equal("", sheet.Text("L-000004", LeadColumn.Flag));
    }

    [Fact]
    public void A_typed_row_matching_a_lead_by_email_is_flagged_too()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", email: "james@example.com"),
            Some.TypedRow(name: "James", email: "James@Example.com "));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("Possible duplicate of L-000004", sheet.Text("L-000005", LeadColumn.Flag));
    }

    [Fact]
    public void A_typed_row_is_found_by_what_it_holds_when_rows_moved_before_the_write()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000002", name: "Zoe Adams", email: "zoe@example.com"),
            Some.TypedRow(name: "Pat Doyle", phone: "07700 900555"));
        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.SortBy(LeadColumn.Name);

        sheet.Apply(result.Plan);

        Assert.Equal(["L-000003", "L-000002"], sheet.LeadIds);
        Assert.Equal("Pat Doyle", sheet.Text("L-000003", LeadColumn.Name));
        Assert.Equal("Zoe Adams", sheet.Text("L-000002", LeadColumn.Name));
    }

    [Fact]
    public void An_enquiry_from_the_person_of_a_typed_row_merges_into_the_adopted_lead()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", received: "2026-11-23 08:00"));
        var enquiry = Some.Enquiry(reference: "site:sub-9", received: "2026-11-23 09:00", name: "Pat Doyle", email: "pat@example.com", phone: "07700 900555", source: "Website form", message: "As discussed");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        Assert.Equal(OutcomeKind.Merged, Assert.Single(result.Outcomes).Kind);
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal("pat@example.com", sheet.Text("L-000001", LeadColumn.Email));
        Assert.Equal("07700 900555", sheet.Text("L-000001", LeadColumn.Phone));
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000001", LeadColumn.Enquiries));
        Assert.Equal("2026-11-23 09:00 Website form: As discussed", sheet.Text("L-000001", LeadColumn.Notes));
        Assert.Equal("site:sub-9", sheet.Text("L-000001", LeadColumn.Ref));
    }

    [Fact]
    public void An_older_enquiry_merged_into_a_typed_row_leaves_last_enquiry_at_the_rows_received()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", received: "2026-11-23 08:00"));
        var enquiry = Some.Enquiry(received: "2026-11-23 07:00", email: null, phone: "07700 900555");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 08:00")), sheet.Cell("L-000001", LeadColumn.LastEnquiry));
    }

    [Fact]
    public void A_typed_row_is_flagged_against_the_original_lead_rather_than_a_possible_duplicate_of_it()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", phone: "+447700900321", lastEnquiry: "2026-11-02 09:00"),
            Some.LeadRow(id: "L-000011", phone: "07700 900321", lastEnquiry: "2026-11-20 09:00", flag: "Possible duplicate of L-000004"),
            Some.TypedRow(name: "James", phone: "07700900321"));

        var result = _planner.Plan(Some.Input(sheet, []));
        sheet.Apply(result.Plan);

        Assert.Equal("Possible duplicate of L-000004", sheet.Text("L-000012", LeadColumn.Flag));
    }

    [Fact]
    public void A_row_holding_something_only_in_the_teams_own_columns_is_not_adopted()
    {
        var header = LeadColumns.DefaultHeader.Append("Budget").ToArray();
        var sheet = new InMemoryLeadSheet(header, [Some.LeadRow(id: "L-000001"), new Dictionary<LeadColumn, CellValue>()]);
        sheet.TypeUnder(1, "Budget", CellValue.Text("£17,800"));

        var result = _planner.Plan(Some.Input(sheet, []));

        Assert.Equal(0, result.Adopted);
        Assert.True(result.Plan.IsEmpty);
    }
}
