using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class NewLeadTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void An_enquiry_from_someone_new_becomes_a_new_row_with_what_they_gave()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000003"));
        var enquiry = Some.Enquiry(
            reference: "mail:m1@example.com", received: "2026-11-23 09:15", name: "Sophie Turner", email: "sophie@example.com",
            phone: "07700 900123", company: "Turner Lettings", message: "Could you quote for two radiators?");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        Assert.Equal(["L-000003", "L-000004"], sheet.LeadIds);
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:15")), sheet.Cell("L-000004", LeadColumn.Received));
        Assert.Equal("Email", sheet.Text("L-000004", LeadColumn.Source));
        Assert.Equal("Sophie Turner", sheet.Text("L-000004", LeadColumn.Name));
        Assert.Equal("sophie@example.com", sheet.Text("L-000004", LeadColumn.Email));
        Assert.Equal("+447700900123", sheet.Text("L-000004", LeadColumn.Phone));
        Assert.Equal("Turner Lettings", sheet.Text("L-000004", LeadColumn.Company));
        Assert.Equal("Could you quote for two radiators?", sheet.Text("L-000004", LeadColumn.Message));
        Assert.Equal("New", sheet.Text("L-000004", LeadColumn.Status));
        Assert.Equal("", sheet.Text("L-000004", LeadColumn.Notes));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:15")), sheet.Cell("L-000004", LeadColumn.LastEnquiry));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.Equal("mail:m1@example.com", sheet.Text("L-000004", LeadColumn.Ref));
    }

    [Fact]
    public void The_outcome_of_a_new_lead_is_created_with_its_lead_id()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry()]));

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Created, outcome.Kind);
        Assert.Equal(Some.Id("L-000001"), outcome.Lead);
    }

    [Fact]
    public void A_new_row_never_writes_the_teams_next_contact_lost_reason_or_first_response()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry()]));

        var row = Assert.Single(result.Plan.NewRows);
        Assert.DoesNotContain(LeadColumn.NextContact, row.Cells.Keys);
        Assert.DoesNotContain(LeadColumn.LostReason, row.Cells.Keys);
        Assert.DoesNotContain(LeadColumn.FirstResponse, row.Cells.Keys);
    }

    [Fact]
    public void Received_is_written_as_business_wall_clock_time()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-07-01 09:15")]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-07-01 10:15")), sheet.Cell("L-000001", LeadColumn.Received));
    }

    [Fact]
    public void A_new_lead_missing_a_required_field_starts_incomplete()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(name: null)]));
        sheet.Apply(result.Plan);

        Assert.Equal("Incomplete", sheet.Text("L-000001", LeadColumn.Status));
    }

    [Fact]
    public void A_new_lead_with_a_phone_and_no_email_is_complete()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: null, phone: "07700 900222")]));
        sheet.Apply(result.Plan);

        Assert.Equal("New", sheet.Text("L-000001", LeadColumn.Status));
    }

    [Fact]
    public void A_phone_that_could_not_be_parsed_is_written_exactly_as_typed()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(phone: "07700 900666 / 0161 496 0754")]));
        sheet.Apply(result.Plan);

        Assert.Equal("07700 900666 / 0161 496 0754", sheet.Text("L-000001", LeadColumn.Phone));
    }

    [Fact]
    public void Customer_text_is_written_as_literal_text()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(name: "@SUM(1)", phone: "+44 7700 900456", message: "=IMPORTXML(\"http://x\",\"//a\")")]));

        var cells = Assert.Single(result.Plan.NewRows).Cells;
        Assert.Equal(CellValue.Text("@SUM(1)"), cells[LeadColumn.Name]);
        Assert.Equal(CellValue.Text("+447700900456"), cells[LeadColumn.Phone]);
        Assert.Equal(CellValue.Text("=IMPORTXML(\"http://x\",\"//a\")"), cells[LeadColumn.Message]);
    }

    [Fact]
    public void A_new_lead_is_judged_hot_warm_or_cold()
    {
        var sheet = Some.Sheet();
        var urgent = Some.Enquiry(reference: "mail:m1@x.example", email: "a@gmail.com", message: "URGENT: pipe burst");
        var vague = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:01", email: "b@gmail.com", message: "Do you work in Leeds?");

        var result = _planner.Plan(Some.Input(sheet, [urgent, vague]));
        sheet.Apply(result.Plan);

        Assert.Equal("Hot", sheet.Text("L-000001", LeadColumn.Temperature));
        Assert.Equal("Cold", sheet.Text("L-000002", LeadColumn.Temperature));
    }

    [Fact]
    public void A_keyword_in_the_subject_also_counts()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(subject: "Boiler service", message: "When are you free?")]));
        sheet.Apply(result.Plan);

        Assert.Equal("Bob Singh", sheet.Text("L-000001", LeadColumn.Owner));
    }

    [Fact]
    public void New_rows_are_planned_in_lead_id_order()
    {
        var sheet = Some.Sheet();
        var later = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 10:00", email: "b@example.com");
        var earlier = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-23 09:00", email: "a@example.com");

        var result = _planner.Plan(Some.Input(sheet, [later, earlier]));

        Assert.Equal([Some.Id("L-000001"), Some.Id("L-000002")], result.Plan.NewRows.Select(r => r.Id));
    }
}
