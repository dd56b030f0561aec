using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class ThreadTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void A_reply_in_a_known_thread_merges_into_that_lead_even_from_another_address()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000010", email: "rachel@lettings.example", refs: "mail:orig-1@lettings.example"));
        var reply = Some.Enquiry(reference: "mail:reply-1@other.example", email: "assistant@other.example", thread: ["orig-1@lettings.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));
        sheet.Apply(result.Plan);

        Assert.Equal(OutcomeKind.Merged, Assert.Single(result.Outcomes).Kind);
        Assert.Equal(["L-000010"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000010", LeadColumn.Enquiries));
        Assert.Equal("rachel@lettings.example", sheet.Text("L-000010", LeadColumn.Email));
    }

    [Fact]
    public void A_reply_whose_references_name_a_known_message_further_back_merges_too()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000010", email: "rachel@lettings.example", refs: "mail:orig-1@lettings.example"));
        var reply = Some.Enquiry(email: "assistant@other.example", thread: ["unknown-0@x.example", "orig-1@lettings.example", "unknown-2@x.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));

        Assert.Equal(Some.Id("L-000010"), Assert.Single(result.Outcomes).Lead);
    }

    [Fact]
    public void The_newest_known_message_of_a_thread_decides_the_lead()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000010", email: "a@example.com", refs: "mail:older@x.example"),
            Some.LeadRow(id: "L-000011", email: "b@example.com", refs: "mail:newer@x.example"));
        var reply = Some.Enquiry(email: "c@example.com", thread: ["older@x.example", "newer@x.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));

        Assert.Equal(Some.Id("L-000011"), Assert.Single(result.Outcomes).Lead);
    }

    [Fact]
    public void The_thread_wins_over_another_open_lead_with_the_same_address()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000010", email: "rachel@lettings.example", refs: "mail:orig-1@lettings.example", lastEnquiry: "2026-11-01 09:00"),
            Some.LeadRow(id: "L-000012", email: "rachel@lettings.example", refs: "site:sub-7", lastEnquiry: "2026-11-20 09:00"));
        var reply = Some.Enquiry(email: "rachel@lettings.example", thread: ["orig-1@lettings.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));

        Assert.Equal(Some.Id("L-000010"), Assert.Single(result.Outcomes).Lead);
    }

    [Fact]
    public void A_reply_in_the_thread_of_a_closed_lead_makes_a_new_lead_noted_as_returning()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000009", email: "rachel@lettings.example", status: "Lost", refs: "mail:orig-1@lettings.example"));
        var reply = Some.Enquiry(email: "assistant@other.example", thread: ["orig-1@lettings.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));
        sheet.Apply(result.Plan);

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
        Assert.Equal("Returning customer (previous: L-000009)", sheet.Text("L-000010", LeadColumn.Notes));
    }

    [Fact]
    public void A_reply_naming_only_unknown_messages_is_judged_by_its_address()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000010", email: "rachel@lettings.example"));
        var reply = Some.Enquiry(email: "new@example.com", thread: ["never-seen@x.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply]));

        Assert.Equal(OutcomeKind.Created, Assert.Single(result.Outcomes).Kind);
    }
}
