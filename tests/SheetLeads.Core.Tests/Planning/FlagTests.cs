using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

// SPEC §5: each cycle judges every lead's flag and writes only the rows whose flag changed, with their colour.
public sealed class FlagTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    private PlanResult PlanAt(InMemoryLeadSheet sheet, string now, params TakenItem[] items) =>
        _planner.Plan(Some.Input(sheet, items) with { Now = Some.Utc(now) });

    private static IEnumerable<CellChange> ChangesOf(PlanResult result, string leadId) =>
        result.Plan.RowChanges.Where(c => c.Target is RowWithLeadId { Id: var id } && id == Some.Id(leadId)).SelectMany(c => c.Changes);

    [Fact]
    public void A_flag_appears_once_the_response_target_has_passed_and_clears_when_the_team_answers()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000007", received: "2026-11-23 10:00", status: "New"));

        Assert.True(PlanAt(sheet, "2026-11-23 10:20").Plan.IsEmpty);

        var late = PlanAt(sheet, "2026-11-23 11:05");
        sheet.Apply(late.Plan);

        Assert.Equal("No response 1h", sheet.Text("L-000007", LeadColumn.Flag));
        Assert.Equal([new RowHighlight(Some.Id("L-000007"), Highlight.Late)], late.Plan.Highlights);
        Assert.Equal(1, late.Flagged);

        sheet.Type("L-000007", LeadColumn.Status, CellValue.Text("Contacted"));
        sheet.Type("L-000007", LeadColumn.NextContact, CellValue.Date(new DateOnly(2026, 11, 25)));
        var answered = PlanAt(sheet, "2026-11-23 11:30");
        sheet.Apply(answered.Plan);

        Assert.Equal("", sheet.Text("L-000007", LeadColumn.Flag));
        Assert.Equal([new RowHighlight(Some.Id("L-000007"), Highlight.None)], answered.Plan.Highlights);
        Assert.Equal(0, answered.Flagged);
    }

    [Fact]
    public void Only_rows_whose_flag_changed_are_written()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", status: "Contacted", nextContact: "2026-11-30"),
            Some.LeadRow(id: "L-000002", status: "Contacted", nextContact: "", flag: "No next step"),
            Some.LeadRow(id: "L-000003", status: "Contacted", nextContact: "2026-11-20", flag: "No next step"));

        var result = PlanAt(sheet, "2026-11-23 12:00");

        var change = Assert.Single(result.Plan.RowChanges);
        Assert.Equal(new RowWithLeadId(Some.Id("L-000003")), change.Target);
        Assert.Equal([new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Text("Overdue 3d"))], change.Changes);
        Assert.Equal([new RowHighlight(Some.Id("L-000003"), Highlight.Late)], result.Plan.Highlights);
    }

    [Fact]
    public void A_quiet_cycle_where_no_flag_changed_writes_nothing()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", received: "2026-11-20 10:00", status: "New", flag: "No response 13h"),
            Some.LeadRow(id: "L-000002", status: "Contacted", nextContact: "", flag: "No next step"),
            Some.LeadRow(id: "L-000003", status: "Won", nextContact: ""));

        var result = PlanAt(sheet, "2026-11-23 15:00");

        Assert.True(result.Plan.IsEmpty);
        Assert.Equal(0, result.Flagged);
    }

    [Fact]
    public void A_flag_is_only_ever_written_into_the_flag_column()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", status: "Contacted", owner: "Alice Hart", nextContact: "2026-11-02", notes: "Quote sent"),
            Some.LeadRow(id: "L-000002", received: "2026-10-01 09:00", status: "Proposal", lostReason: null));

        var result = PlanAt(sheet, "2026-11-23 12:00");

        Assert.Equal(2, result.Plan.RowChanges.Count);
        Assert.All(result.Plan.RowChanges.SelectMany(c => c.Changes), c => Assert.Equal((LeadColumn.Flag, CellChangeKind.Set), (c.Column, c.Kind)));
    }

    [Fact]
    public void A_new_lead_already_past_the_target_is_written_with_its_flag_and_colour()
    {
        var sheet = Some.Sheet();

        var result = PlanAt(sheet, "2026-11-23 12:00",
            Some.Enquiry("mail:late@example.com", received: "2026-11-23 09:00", email: "late@example.com"),
            Some.Enquiry("mail:fresh@example.com", received: "2026-11-23 11:55", email: "fresh@example.com"));

        var late = result.Plan.NewRows.Single(r => r.Cells[LeadColumn.Email].AsText() == "late@example.com");
        var fresh = result.Plan.NewRows.Single(r => r.Cells[LeadColumn.Email].AsText() == "fresh@example.com");
        Assert.Equal("No response 3h", late.Cells[LeadColumn.Flag].AsText());
        Assert.True(fresh.Cells[LeadColumn.Flag].IsEmpty);
        Assert.Equal([new RowHighlight(late.Id, Highlight.Late)], result.Plan.Highlights);
        Assert.Equal(1, result.Flagged);
    }

    [Fact]
    public void A_new_lead_missing_its_contact_details_is_written_incomplete()
    {
        var result = PlanAt(Some.Sheet(), "2026-11-23 09:10", Some.Enquiry("form:1", received: "2026-11-23 09:05", email: null));

        var row = Assert.Single(result.Plan.NewRows);
        Assert.Equal(("Incomplete", "Incomplete"), (row.Cells[LeadColumn.Status].AsText(), row.Cells[LeadColumn.Flag].AsText()));
        Assert.Equal([new RowHighlight(row.Id, Highlight.Incomplete)], result.Plan.Highlights);
    }

    [Fact]
    public void A_merge_that_brings_the_missing_phone_clears_incomplete()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000002", status: "Contacted", name: "Ann Lee", email: null, phone: null,
            refs: "mail:first@example.com", flag: "Incomplete"));
        var reply = Some.Enquiry("mail:second@example.com", name: "Ann Lee", email: null, phone: "07700 900123", thread: ["first@example.com"]);

        var result = PlanAt(sheet, "2026-11-23 12:00", reply);

        Assert.Contains(new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Empty), ChangesOf(result, "L-000002"));
        Assert.Equal([new RowHighlight(Some.Id("L-000002"), Highlight.None)], result.Plan.Highlights);
    }

    [Fact]
    public void A_possible_duplicate_flag_stays_while_both_rows_are_in_the_sheet_and_goes_with_the_original()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", phone: "+447700900321"),
            Some.LeadRow(id: "L-000005", phone: "07700 900 321", status: "Lost", lostReason: "duplicate", flag: "Possible duplicate of L-000004"));

        Assert.True(PlanAt(sheet, "2026-11-23 12:00").Plan.IsEmpty);

        sheet.Delete("L-000004");
        var result = PlanAt(sheet, "2026-11-23 12:00");

        Assert.Equal([new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Empty)], ChangesOf(result, "L-000005"));
    }

    [Fact]
    public void A_possible_duplicate_keeps_its_flag_first_when_a_clock_flag_joins_it()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", phone: "+447700900321"),
            Some.LeadRow(id: "L-000005", phone: "07700 900 321", status: "Contacted", nextContact: "", flag: "Possible duplicate of L-000004"));

        var result = PlanAt(sheet, "2026-11-23 12:00");

        Assert.Equal([new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Text("Possible duplicate of L-000004; No next step"))], ChangesOf(result, "L-000005"));
        Assert.Equal([new RowHighlight(Some.Id("L-000005"), Highlight.PossibleDuplicate)], result.Plan.Highlights);
    }

    [Fact]
    public void A_possible_duplicate_flag_a_person_cleared_is_not_put_back()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", phone: "+447700900321"),
            Some.LeadRow(id: "L-000005", phone: "07700 900 321", flag: null));

        Assert.True(PlanAt(sheet, "2026-11-23 12:00").Plan.IsEmpty);
    }

    [Fact]
    public void A_tab_without_a_flag_column_gets_no_flag_and_no_colour()
    {
        var header = LeadColumns.DefaultHeader.Where(h => h != "Flag").ToArray();
        var sheet = new InMemoryLeadSheet(header, [Some.LeadRow(id: "L-000001", status: "Contacted", nextContact: "")]);

        var result = PlanAt(sheet, "2026-11-23 12:00", Some.Enquiry("mail:late@example.com", received: "2026-11-23 09:00", email: "late@example.com"));

        Assert.Empty(result.Plan.RowChanges);
        Assert.Empty(result.Plan.Highlights);
        Assert.False(Assert.Single(result.Plan.NewRows).Cells.ContainsKey(LeadColumn.Flag));
        Assert.Equal(0, result.Flagged);
    }
}
