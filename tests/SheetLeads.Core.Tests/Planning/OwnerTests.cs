using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class OwnerTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void A_new_lead_mentioning_a_keyword_goes_to_the_rules_owner()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(message: "Our boiler's pressure keeps dropping")], lastRoundRobin: "Alice Hart"));
        sheet.Apply(result.Plan);

        Assert.Equal("Bob Singh", sheet.Text("L-000001", LeadColumn.Owner));
        Assert.Equal("Alice Hart", result.LastRoundRobin);
    }

    [Fact]
    public void A_new_lead_from_a_source_with_a_rule_goes_to_the_rules_owner()
    {
        var sheet = Some.Sheet();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(source: "Typeform: Quote")], lastRoundRobin: "Alice Hart"));
        sheet.Apply(result.Plan);

        Assert.Equal("Alice Hart", sheet.Text("L-000001", LeadColumn.Owner));
    }

    [Fact]
    public void New_leads_no_rule_decides_take_turns_after_the_member_chosen_last()
    {
        var sheet = Some.Sheet();
        var first = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-23 09:00", email: "a@example.com");
        var second = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:05", email: "b@example.com");

        var result = _planner.Plan(Some.Input(sheet, [second, first], lastRoundRobin: "Bob Singh"));
        sheet.Apply(result.Plan);

        Assert.Equal("Chloe Price", sheet.Text("L-000001", LeadColumn.Owner));
        Assert.Equal("Alice Hart", sheet.Text("L-000002", LeadColumn.Owner));
        Assert.Equal("Alice Hart", result.LastRoundRobin);
    }

    [Fact]
    public void A_repeat_enquiry_stays_with_the_leads_current_owner()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com", owner: "Chloe Price"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com", message: "New boiler too")], lastRoundRobin: "Alice Hart"));
        sheet.Apply(result.Plan);

        Assert.Equal("Chloe Price", sheet.Text("L-000004", LeadColumn.Owner));
        Assert.Equal("Alice Hart", result.LastRoundRobin);
    }
}
