using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class PlaceholderPhoneTests
{
    [Fact]
    public void Two_customers_who_typed_zeros_for_a_required_phone_become_two_leads()
    {
        var sheet = Some.Sheet();
        var first = Some.Enquiry("site:sub-1", "2026-11-23 09:00", name: "Ann Lee", email: "ann@example.com", phone: "0000000000", source: "Website form");
        var second = Some.Enquiry("site:sub-2", "2026-11-23 09:05", name: "Ben Cole", email: "ben@example.com", phone: "0000000000", source: "Website form");

        var result = Some.Planner().Plan(Some.Input(sheet, [first, second]));

        Assert.Equal([OutcomeKind.Created, OutcomeKind.Created], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["0000000000", "0000000000"], result.Plan.NewRows.Select(r => r.Cells[LeadColumn.Phone].AsText()));
    }

    [Fact]
    public void An_enquiry_with_zeros_for_a_phone_is_not_merged_into_another_customers_lead_with_zeros()
    {
        var sheet = Some.Sheet(Some.LeadRow("L-000001", name: "Ann Lee", email: "ann@example.com", phone: "0000 000000"));
        var enquiry = Some.Enquiry("site:sub-2", name: "Ben Cole", email: "ben@example.com", phone: "0000000000");

        var result = Some.Planner().Plan(Some.Input(sheet, [enquiry]));

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
        Assert.Empty(result.Plan.RowChanges);
    }
}
