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

    [Fact]
    public void The_sheets_Team_tab_decides_the_rotation_and_who_is_away()
    {
        var sheet = Some.Sheet();
        var team = TeamRoster.Read(["Name", "Email", "Away"], [
            [CellValue.Text("Alice Hart"), CellValue.Empty, CellValue.Boolean(true)],
            [CellValue.Text("Dana Lee"), CellValue.Text("dana@example.com"), CellValue.Text("no")],
            [CellValue.Text("Bob Singh"), CellValue.Empty, CellValue.Empty]]);
        var input = Some.Input(sheet, [
            Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-23 09:00", email: "a@example.com", message: "New boiler please"),
            Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:05", email: "b@example.com"),
            Some.Enquiry(reference: "mail:m3@x.example", received: "2026-11-23 09:10", email: "c@example.com")], lastRoundRobin: "Alice Hart");

        var result = _planner.Plan(input with { Sheet = input.Sheet with { Team = team } });
        sheet.Apply(result.Plan);

        Assert.Equal("Bob Singh", sheet.Text("L-000001", LeadColumn.Owner)); // the boiler rule
        Assert.Equal("Dana Lee", sheet.Text("L-000002", LeadColumn.Owner)); // after Alice, who is away
        Assert.Equal("Bob Singh", sheet.Text("L-000003", LeadColumn.Owner)); // Chloe, not in the tab, takes none
    }
}
