using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

/// <summary>SPEC §4: the team's reply, seen in a mailbox's Sent folder, stamps First response and moves a new lead on.</summary>
public sealed class FirstResponseFromRepliesTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    // Arrived at 09:00 this morning and still waiting at noon: without an answer it is flagged No response.
    private static Dictionary<LeadColumn, CellValue> Waiting(string status = "New", string? email = "sophie@example.com") =>
        Some.LeadRow(id: "L-000012", received: "2026-11-23 09:00", email: email, status: status, refs: "mail:m1@example.com", flag: "No response 3h");

    [Theory]
    [InlineData("New")]
    [InlineData("Incomplete")]
    [InlineData("")]
    public void A_reply_to_the_leads_address_stamps_first_response_at_its_sending_and_moves_it_to_the_first_active_status(string status)
    {
        var sheet = Some.Sheet(Waiting(status));

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(sent: "2026-11-23 09:20", to: ["Sophie@Example.com"])]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:20")), sheet.Cell("L-000012", LeadColumn.FirstResponse));
        Assert.Equal("Contacted", sheet.Text("L-000012", LeadColumn.Status));
        Assert.Equal(Some.Utc("2026-11-23 09:20"), result.Answered[Some.Id("L-000012")].SentAt);
    }

    [Fact]
    public void An_answered_lead_is_judged_answered_in_the_same_cycle()
    {
        var sheet = Some.Sheet(Waiting());

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply()]));
        sheet.Apply(result.Plan);

        // Contacted now, with no Next contact yet: the next step is missing, the response is not.
        Assert.Equal("No next step", sheet.Text("L-000012", LeadColumn.Flag));
    }

    [Fact]
    public void A_reply_in_the_leads_thread_stamps_it_even_when_sent_to_another_address()
    {
        var sheet = Some.Sheet(Waiting());
        var reply = Some.Reply(sent: "2026-11-23 10:05", to: ["office@turner-family.example"], thread: ["older@example.com", "m1@example.com"]);

        var result = _planner.Plan(Some.Input(sheet, [], replies: [reply]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 10:05")), sheet.Cell("L-000012", LeadColumn.FirstResponse));
        Assert.Equal("Contacted", sheet.Text("L-000012", LeadColumn.Status));
    }

    [Fact]
    public void A_reply_sent_before_the_lead_arrived_answered_something_else()
    {
        var sheet = Some.Sheet(Waiting());

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(sent: "2026-11-23 08:59")]));
        sheet.Apply(result.Plan);

        Assert.Empty(result.Answered);
        Assert.True(sheet.Cell("L-000012", LeadColumn.FirstResponse).IsEmpty);
        Assert.Equal("New", sheet.Text("L-000012", LeadColumn.Status));
    }

    [Fact]
    public void A_reply_to_an_unrelated_address_changes_nothing()
    {
        var sheet = Some.Sheet(Waiting());

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(to: ["gary@example.org"], thread: ["unknown@example.org"])]));

        Assert.Empty(result.Answered);
        Assert.True(result.Plan.IsEmpty);
    }

    [Theory]
    [InlineData("Contacted")]
    [InlineData("Lost")]
    [InlineData("Won")]
    public void A_reply_to_a_lead_already_answered_or_closed_changes_nothing(string status)
    {
        // LeadRow stamps First response at Received for a lead past New, as the worker would have.
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000012", received: "2026-11-23 09:00", status: status, refs: "mail:m1@example.com"));

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(thread: ["m1@example.com"])]));

        Assert.Empty(result.Answered);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_first_response_a_person_typed_is_kept_and_the_status_stays()
    {
        var row = Waiting();
        row[LeadColumn.FirstResponse] = CellValue.Text("rang back 09:10");
        row[LeadColumn.Flag] = CellValue.Empty;
        var sheet = Some.Sheet(row);

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply()]));

        Assert.Empty(result.Answered);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void A_status_a_person_chose_between_the_read_and_the_write_is_not_overwritten()
    {
        var sheet = Some.Sheet(Waiting());
        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(sent: "2026-11-23 09:20")]));

        sheet.Type("L-000012", LeadColumn.Status, CellValue.Text("Unqualified"));
        var report = sheet.Apply(result.Plan);

        Assert.Equal("Unqualified", sheet.Text("L-000012", LeadColumn.Status));
        // The reply still happened: the response clock stopped then.
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:20")), sheet.Cell("L-000012", LeadColumn.FirstResponse));
        Assert.Equal(1, report.CellsLeftAlone);
    }

    [Fact]
    public void The_earliest_reply_is_the_first_response()
    {
        var sheet = Some.Sheet(Waiting());
        IReadOnlyList<Core.Leads.TeamReply> replies =
        [
            Some.Reply(sent: "2026-11-23 11:30", origin: "Sent UID 9"),
            Some.Reply(sent: "2026-11-23 09:40", to: ["someone@else.example"], thread: ["m1@example.com"], origin: "Sent UID 7"),
            Some.Reply(sent: "2026-11-23 10:15", origin: "Sent UID 8"),
        ];

        var result = _planner.Plan(Some.Input(sheet, [], replies: replies));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:40")), sheet.Cell("L-000012", LeadColumn.FirstResponse));
        Assert.Equal("Sent UID 7", result.Answered[Some.Id("L-000012")].Origin);
    }

    [Fact]
    public void A_lead_made_in_the_same_cycle_as_its_reply_starts_contacted_with_its_first_response()
    {
        var sheet = Some.Sheet();
        var enquiry = Some.Enquiry(reference: "mail:m1@example.com", received: "2026-11-23 09:00", email: "sophie@example.com");

        var result = _planner.Plan(Some.Input(sheet, [enquiry], replies: [Some.Reply(sent: "2026-11-23 09:25", to: ["accounts@example.net"], thread: ["m1@example.com"])]));
        sheet.Apply(result.Plan);

        Assert.Equal("Contacted", sheet.Text("L-000001", LeadColumn.Status));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:25")), sheet.Cell("L-000001", LeadColumn.FirstResponse));
        Assert.Equal("No next step", sheet.Text("L-000001", LeadColumn.Flag));
    }

    [Fact]
    public void A_typed_row_answered_by_mail_is_adopted_as_contacted()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Joan Whitaker", email: "joan@example.com", received: "2026-11-23 08:30"));

        var result = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply(sent: "2026-11-23 08:45", to: ["joan@example.com"])]));
        sheet.Apply(result.Plan);

        Assert.Equal("Contacted", sheet.Text("L-000001", LeadColumn.Status));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 08:45")), sheet.Cell("L-000001", LeadColumn.FirstResponse));
    }

    [Fact]
    public void The_next_cycle_finds_the_lead_answered_and_writes_nothing()
    {
        var sheet = Some.Sheet(Waiting());
        sheet.Apply(_planner.Plan(Some.Input(sheet, [], replies: [Some.Reply()])).Plan);

        // The Sent folder's checkpoint moved on, but even the same reply read again changes nothing.
        var again = _planner.Plan(Some.Input(sheet, [], replies: [Some.Reply()]));

        Assert.Empty(again.Answered);
        Assert.True(again.Plan.IsEmpty);
    }

    [Fact]
    public void A_status_changed_by_a_person_away_from_new_is_still_stamped_at_this_cycle()
    {
        var row = Waiting(status: "Qualified");
        row[LeadColumn.FirstResponse] = CellValue.Empty;
        var sheet = Some.Sheet(row);

        var result = _planner.Plan(Some.Input(sheet, [], replies: []));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Time.ToLocal(Some.Now)), sheet.Cell("L-000012", LeadColumn.FirstResponse));
        Assert.Equal("Qualified", sheet.Text("L-000012", LeadColumn.Status));
    }
}
