using System.Globalization;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class MergeTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    private static InMemoryLeadSheet SheetWithJames(string? phone = "+447700900321", string? email = "james@example.com") => Some.Sheet(
        Some.LeadRow(id: "L-000003", email: "someone@example.com", phone: "+447700900999", refs: "mail:l3@seed.example"),
        Some.LeadRow(
            id: "L-000004", received: "2026-11-02 10:00", name: "James O'Connor", email: email, phone: phone, company: null,
            status: "Contacted", owner: "Chloe Price", nextContact: "2026-11-30", notes: "Site visit 06/11.",
            lastEnquiry: "2026-11-02 10:00", enquiries: 1, refs: "mail:l4@seed.example"));

    [Fact]
    public void A_repeat_enquiry_by_email_merges_into_the_open_lead()
    {
        var sheet = SheetWithJames();
        var enquiry = Some.Enquiry(reference: "mail:m9@example.com", received: "2026-11-22 10:04", email: "James@Example.com", message: "Any news on the quote?");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(OutcomeKind.Merged, outcome.Kind);
        Assert.Equal(Some.Id("L-000004"), outcome.Lead);
        Assert.Equal(2, sheet.RowCount);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-22 10:04")), sheet.Cell("L-000004", LeadColumn.LastEnquiry));
        Assert.Equal("Site visit 06/11.\n2026-11-22 10:04 Email: Any news on the quote?", sheet.Text("L-000004", LeadColumn.Notes));
        Assert.Equal("mail:l4@seed.example\nmail:m9@example.com", sheet.Text("L-000004", LeadColumn.Ref));
    }

    [Fact]
    public void A_repeat_enquiry_by_phone_matches_a_number_a_person_typed_in_the_sheet()
    {
        var sheet = SheetWithJames(phone: "07700 900 321");
        var enquiry = Some.Enquiry(email: "j.oconnor@work.example", phone: "+447700900321");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        Assert.Equal(Some.Id("L-000004"), Assert.Single(result.Outcomes).Lead);
        Assert.Equal("07700 900 321", sheet.Text("L-000004", LeadColumn.Phone));
        Assert.Equal("james@example.com", sheet.Text("L-000004", LeadColumn.Email));
    }

    [Fact]
    public void A_merge_fills_only_the_empty_contact_cells()
    {
        var sheet = SheetWithJames(phone: null);
        var enquiry = Some.Enquiry(name: "J O'Connor", email: "james@example.com", phone: "07700 900321", company: "O'Connor Builders");

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        Assert.Equal("James O'Connor", sheet.Text("L-000004", LeadColumn.Name));
        Assert.Equal("+447700900321", sheet.Text("L-000004", LeadColumn.Phone));
        Assert.Equal("O'Connor Builders", sheet.Text("L-000004", LeadColumn.Company));
    }

    [Fact]
    public void A_merge_fills_the_email_of_a_lead_that_had_only_a_phone()
    {
        var sheet = SheetWithJames(email: null);

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com", phone: "07700 900321")]));
        sheet.Apply(result.Plan);

        Assert.Equal("james@example.com", sheet.Text("L-000004", LeadColumn.Email));
    }

    [Fact]
    public void A_merge_leaves_an_email_cell_a_person_typed_alone_even_if_it_is_not_an_address()
    {
        var sheet = SheetWithJames(email: "ask at reception");

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com", phone: "07700 900321")]));
        sheet.Apply(result.Plan);

        Assert.Equal(OutcomeKind.Merged, Assert.Single(result.Outcomes).Kind);
        Assert.Equal("ask at reception", sheet.Text("L-000004", LeadColumn.Email));
        Assert.DoesNotContain(result.Plan.RowChanges.SelectMany(c => c.Changes), c => c.Column == LeadColumn.Email);
    }

    [Fact]
    public void A_merge_never_writes_the_teams_status_owner_next_contact_or_lost_reason()
    {
        var sheet = SheetWithJames();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));
        sheet.Apply(result.Plan);

        var columns = Assert.Single(result.Plan.RowChanges).Changes.Select(c => c.Column).ToArray();
        Assert.DoesNotContain(LeadColumn.Status, columns);
        Assert.DoesNotContain(LeadColumn.Owner, columns);
        Assert.DoesNotContain(LeadColumn.NextContact, columns);
        Assert.DoesNotContain(LeadColumn.LostReason, columns);
        Assert.Equal("Contacted", sheet.Text("L-000004", LeadColumn.Status));
        Assert.Equal("Chloe Price", sheet.Text("L-000004", LeadColumn.Owner));
        Assert.Equal("2026-11-30", sheet.Text("L-000004", LeadColumn.NextContact));
    }

    [Fact]
    public void A_merge_into_a_lead_with_empty_team_cells_leaves_them_empty()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com", status: "New", owner: null));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal("", sheet.Text("L-000004", LeadColumn.Owner));
        Assert.Equal("", sheet.Text("L-000004", LeadColumn.NextContact));
        Assert.Equal("", sheet.Text("L-000004", LeadColumn.LostReason));
    }

    [Fact]
    public void The_merge_note_carries_the_source_and_the_first_200_characters_on_one_line()
    {
        var sheet = SheetWithJames();
        var message = "Third treatment room sink.\n" + new string('x', 300);
        var enquiry = Some.Enquiry(received: "2026-11-22 10:04", email: "james@example.com", source: "Tally: Callback", message: message);

        var result = _planner.Plan(Some.Input(sheet, [enquiry]));
        sheet.Apply(result.Plan);

        var note = sheet.Text("L-000004", LeadColumn.Notes).Split('\n')[1];
        var excerpt = message.Replace('\n', ' ')[..200];
        Assert.StartsWith("2026-11-22 10:04 Tally: Callback: " + excerpt, note, StringComparison.Ordinal);
        Assert.DoesNotContain(excerpt + "x", note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_note_is_dated_in_business_time()
    {
        var sheet = SheetWithJames();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-07-01 09:04", email: "james@example.com", message: "Hi")]));
        sheet.Apply(result.Plan);

        Assert.EndsWith("\n2026-07-01 10:04 Email: Hi", sheet.Text("L-000004", LeadColumn.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_note_is_dated_the_same_way_whatever_the_machines_culture()
    {
        var sheet = SheetWithJames();
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
        PlanResult result;
        try
        {
            result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-11-22 10:04", email: "james@example.com", message: "Hi")]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        sheet.Apply(result.Plan);

        Assert.EndsWith("\n2026-11-22 10:04 Email: Hi", sheet.Text("L-000004", LeadColumn.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_merge_note_of_an_enquiry_without_text_quotes_its_subject()
    {
        var sheet = SheetWithJames();

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-11-22 10:04", email: "james@example.com", subject: "Re: quote", message: "")]));
        sheet.Apply(result.Plan);

        Assert.EndsWith("\n2026-11-22 10:04 Email: Re: quote", sheet.Text("L-000004", LeadColumn.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Last_enquiry_stays_the_newest_when_an_older_enquiry_arrives_late()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com", lastEnquiry: "2026-11-20 15:00", enquiries: 2));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-11-19 08:00", email: "james@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.Number(3), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-20 15:00")), sheet.Cell("L-000004", LeadColumn.LastEnquiry));
    }

    [Fact]
    public void Two_enquiries_merged_in_one_batch_count_twice_and_note_both_in_received_order()
    {
        var sheet = SheetWithJames();
        var later = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-22 11:00", email: "james@example.com", message: "Second");
        var earlier = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-22 10:00", email: "james@example.com", message: "First");

        var result = _planner.Plan(Some.Input(sheet, [later, earlier]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.Number(3), sheet.Cell("L-000004", LeadColumn.Enquiries));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-22 11:00")), sheet.Cell("L-000004", LeadColumn.LastEnquiry));
        Assert.Equal("Site visit 06/11.\n2026-11-22 10:00 Email: First\n2026-11-22 11:00 Email: Second", sheet.Text("L-000004", LeadColumn.Notes));
        Assert.Equal("mail:l4@seed.example\nmail:m1@x.example\nmail:m2@x.example", sheet.Text("L-000004", LeadColumn.Ref));
    }

    [Fact]
    public void A_lead_whose_last_enquiry_is_empty_gets_the_newest_of_its_received_and_the_merged_enquiry()
    {
        var row = Some.LeadRow(id: "L-000004", received: "2026-11-20 15:00", email: "james@example.com");
        row[LeadColumn.LastEnquiry] = CellValue.Empty;
        var sheet = Some.Sheet(row);

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-11-19 08:00", email: "james@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-20 15:00")), sheet.Cell("L-000004", LeadColumn.LastEnquiry));
    }

    [Fact]
    public void An_enquiries_cell_a_person_cleared_counts_as_one()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com", enquiries: null));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));
        sheet.Apply(result.Plan);

        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000004", LeadColumn.Enquiries));
    }

    [Fact]
    public void Of_two_open_matches_the_one_heard_from_most_recently_is_merged_into()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000002", email: "james@example.com", lastEnquiry: "2026-11-10 09:00"),
            Some.LeadRow(id: "L-000007", phone: "+447700900321", email: "other@example.com", lastEnquiry: "2026-11-15 09:00"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com", phone: "07700 900321")]));

        Assert.Equal(Some.Id("L-000007"), Assert.Single(result.Outcomes).Lead);
    }

    [Fact]
    public void An_open_match_wins_over_a_closed_one_and_no_returning_note_is_made()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", email: "james@example.com", status: "Won", lastEnquiry: "2026-11-20 09:00"),
            Some.LeadRow(id: "L-000004", email: "james@example.com", status: "Contacted", lastEnquiry: "2026-11-02 09:00", notes: null));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(received: "2026-11-22 10:04", email: "james@example.com", message: "Hi")]));
        sheet.Apply(result.Plan);

        Assert.Equal(Some.Id("L-000004"), Assert.Single(result.Outcomes).Lead);
        Assert.Equal("2026-11-22 10:04 Email: Hi", sheet.Text("L-000004", LeadColumn.Notes));
        Assert.Equal(CellValue.Number(1), sheet.Cell("L-000001", LeadColumn.Enquiries));
    }

    [Fact]
    public void An_unflagged_lead_is_merged_into_rather_than_a_possible_duplicate_of_it()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000004", email: "james@example.com", lastEnquiry: "2026-11-02 09:00"),
            Some.LeadRow(id: "L-000011", email: "james@example.com", lastEnquiry: "2026-11-20 09:00", flag: "Possible duplicate of L-000004"));

        var result = _planner.Plan(Some.Input(sheet, [Some.Enquiry(email: "james@example.com")]));

        Assert.Equal(Some.Id("L-000004"), Assert.Single(result.Outcomes).Lead);
    }
}
