using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class LeadIdNumberingTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void The_first_lead_of_an_empty_sheet_is_L_000001()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry()]));

        Assert.Equal(Some.Id("L-000001"), Assert.Single(result.Plan.NewRows).Id);
        Assert.Equal(Some.Id("L-000001"), result.HighestIssued);
    }

    [Fact]
    public void New_ids_follow_the_highest_in_the_sheet_wherever_its_row_is()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000009", email: "a@example.com"),
            Some.LeadRow(id: "L-000002", email: "b@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "c@example.com")]));

        Assert.Equal(Some.Id("L-000010"), Assert.Single(result.Plan.NewRows).Id);
    }

    [Fact]
    public void An_id_whose_row_a_person_deleted_is_never_issued_again()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000005", email: "a@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "c@example.com")], highestIssued: "L-000012"));

        Assert.Equal(Some.Id("L-000013"), Assert.Single(result.Plan.NewRows).Id);
        Assert.Equal(Some.Id("L-000013"), result.HighestIssued);
    }

    [Fact]
    public void An_id_typed_higher_than_any_issued_is_respected()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000040", email: "a@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "c@example.com")], highestIssued: "L-000012"));

        Assert.Equal(Some.Id("L-000041"), Assert.Single(result.Plan.NewRows).Id);
    }

    [Fact]
    public void New_leads_are_numbered_in_received_order_whatever_order_they_were_read_in()
    {
        var sheet = Some.Sheet();
        var third = Some.Enquiry(reference: "mail:c@x.example", received: "2026-11-23 11:00", email: "c@example.com");
        var first = Some.Enquiry(reference: "site:sub-1", received: "2026-11-23 09:00", email: "a@example.com");
        var second = Some.Enquiry(reference: "tally:t2", received: "2026-11-23 10:00", email: "b@example.com");

        var result = _planner.Plan(Some.Input(sheet, [third, first, second]));
        sheet.Apply(result.Plan);

        Assert.Equal([Some.Id("L-000003"), Some.Id("L-000001"), Some.Id("L-000002")], result.Outcomes.Select(o => o.Lead!.Value));
        Assert.Equal("a@example.com", sheet.Text("L-000001", LeadColumn.Email));
        Assert.Equal("c@example.com", sheet.Text("L-000003", LeadColumn.Email));
    }

    [Fact]
    public void Adopted_rows_are_numbered_in_received_order_with_the_enquiries()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900555", received: "2026-11-23 09:30"));
        var before = Some.Enquiry(reference: "site:sub-1", received: "2026-11-23 09:00", email: "a@example.com");
        var after = Some.Enquiry(reference: "site:sub-2", received: "2026-11-23 10:00", email: "b@example.com");

        var result = _planner.Plan(Some.Input(sheet, [after, before]));
        sheet.Apply(result.Plan);

        Assert.Equal(["L-000002", "L-000001", "L-000003"], sheet.LeadIds);
        Assert.Equal("Pat Doyle", sheet.Text("L-000002", LeadColumn.Name));
    }

    [Fact]
    public void Without_new_leads_the_highest_issued_is_the_highest_seen()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000007"));

        var result = _planner.Plan(Some.Input(sheet, [], highestIssued: "L-000005"));

        Assert.Equal(Some.Id("L-000007"), result.HighestIssued);
    }

    [Fact]
    public void A_malformed_lead_id_does_not_count_toward_the_highest()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000003"), Some.LeadRow(id: "L-00099X", email: "x@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "c@example.com")]));

        Assert.Equal(Some.Id("L-000004"), Assert.Single(result.Plan.NewRows).Id);
    }
}
