using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class ReturningCustomerTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Theory]
    [InlineData("Won")]
    [InlineData("Lost")]
    [InlineData("Unqualified")]
    public void A_match_only_with_a_closed_lead_makes_a_new_row_noted_as_a_returning_customer(string status)
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "margaret@example.com", status: status, notes: "Boiler fitted."));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "margaret@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
        Assert.Equal(["L-000001", "L-000002"], sheet.LeadIds);
        Assert.Equal("Returning customer (previous: L-000001)", sheet.Text("L-000002", LeadColumn.Notes));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000002", LeadColumn.Enquiries));
    }

    [Fact]
    public void The_closed_lead_of_a_returning_customer_is_left_alone()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "margaret@example.com", status: "Won", notes: "Boiler fitted."));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "margaret@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Empty(result.Plan.RowChanges);
        Assert.Equal("Won", sheet.Text("L-000001", LeadColumn.Status));
        Assert.Equal("Boiler fitted.", sheet.Text("L-000001", LeadColumn.Notes));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000001", LeadColumn.Enquiries));
    }

    [Fact]
    public void A_returning_customer_matched_by_phone_is_noted_too()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000002", email: "tom@example.com", phone: "0161 496 0753", status: "Lost"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "tom.baker@work.example", phone: "+441614960753")]));
        sheet.Apply(result.Plan);

        Assert.Equal("Returning customer (previous: L-000002)", sheet.Text("L-000003", LeadColumn.Notes));
    }

    [Fact]
    public void Of_several_closed_leads_the_most_recent_is_named()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", email: "margaret@example.com", status: "Won", lastEnquiry: "2026-03-01 09:00"),
            Some.LeadRow(id: "L-000002", email: "margaret@example.com", status: "Lost", lastEnquiry: "2026-09-01 09:00"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "margaret@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal("Returning customer (previous: L-000002)", sheet.Text("L-000003", LeadColumn.Notes));
    }

    [Fact]
    public void A_second_enquiry_of_a_returning_customer_in_the_batch_merges_into_the_new_lead()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "margaret@example.com", status: "Won"));
        var first = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-22 10:00", email: "margaret@example.com", message: "New boiler?");
        var second = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-22 10:30", email: "margaret@example.com", message: "Also a radiator");

        var result = _planner.Plan(Some.Input(sheet, [first, second]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Created, OutcomeKind.Merged], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["L-000001", "L-000002"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000002", LeadColumn.Enquiries));
        Assert.StartsWith("Returning customer (previous: L-000001)\n", sheet.Text("L-000002", LeadColumn.Notes), StringComparison.Ordinal);
    }
}
