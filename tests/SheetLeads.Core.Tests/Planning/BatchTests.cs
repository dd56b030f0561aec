using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Planning;

public sealed class BatchTests
{
    private readonly ChangePlanner _planner = Some.Planner();

    [Fact]
    public void The_same_person_by_form_and_mail_seconds_apart_becomes_one_lead_made_from_the_earlier()
    {
        var sheet = Some.Sheet();
        var mail = Some.Enquiry(reference: "mail:leo-1@example.com", received: "2026-11-23 11:02:48", name: "Leo Martins", email: "leo@example.com", source: "Email", message: "Sent the form too");
        var form = Some.Enquiry(reference: "site:sub-1005", received: "2026-11-23 11:02:10", name: "Leo Martins", email: "leo@example.com", phone: "07700 900444", source: "Website form", message: "New bathroom suite");

        var result = _planner.Plan(Some.Input(sheet, [mail, form]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Merged, OutcomeKind.Created], result.Outcomes.Select(o => o.Kind));
        Assert.All(result.Outcomes, o => Assert.Equal(Some.Id("L-000001"), o.Lead));
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal("Website form", sheet.Text("L-000001", LeadColumn.Source));
        Assert.Equal("2026-11-23 11:02", sheet.Text("L-000001", LeadColumn.Received));
        Assert.Equal("New bathroom suite", sheet.Text("L-000001", LeadColumn.Message));
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000001", LeadColumn.Enquiries));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 11:02:48")), sheet.Cell("L-000001", LeadColumn.LastEnquiry));
        Assert.Equal("site:sub-1005\nmail:leo-1@example.com", sheet.Text("L-000001", LeadColumn.Ref));
    }

    [Fact]
    public void A_thread_reply_in_the_same_batch_merges_into_the_lead_the_batch_made()
    {
        var sheet = Some.Sheet();
        var first = Some.Enquiry(reference: "mail:orig@a.example", received: "2026-11-23 09:00", email: "ahmed@a.example");
        var reply = Some.Enquiry(reference: "mail:reply@b.example", received: "2026-11-23 09:30", email: "office@b.example", thread: ["orig@a.example"]);

        var result = _planner.Plan(Some.Input(sheet, [reply, first]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Merged, OutcomeKind.Created], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal("ahmed@a.example", sheet.Text("L-000001", LeadColumn.Email));
    }

    [Fact]
    public void A_merge_in_the_batch_fills_what_the_new_lead_lacked()
    {
        var sheet = Some.Sheet();
        var first = Some.Enquiry(reference: "site:sub-1", received: "2026-11-23 09:00", name: null, email: "amelia@example.com", phone: null);
        var second = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:05", name: "Amelia Scott", email: "amelia@example.com", phone: "07700 900579", company: "Scott Dental");

        var result = _planner.Plan(Some.Input(sheet, [first, second]));
        sheet.Apply(result.Plan);

        Assert.Equal("Amelia Scott", sheet.Text("L-000001", LeadColumn.Name));
        Assert.Equal("+447700900579", sheet.Text("L-000001", LeadColumn.Phone));
        Assert.Equal("Scott Dental", sheet.Text("L-000001", LeadColumn.Company));
        Assert.Equal("New", sheet.Text("L-000001", LeadColumn.Status));
    }

    [Fact]
    public void A_phone_learnt_from_one_enquiry_matches_the_next_in_the_batch()
    {
        var sheet = Some.Sheet();
        var byMail = Some.Enquiry(reference: "mail:m1@x.example", received: "2026-11-23 09:00", email: "jack@example.com", phone: null);
        var withPhone = Some.Enquiry(reference: "mail:m2@x.example", received: "2026-11-23 09:05", email: "jack@example.com", phone: "0113 496 0321");
        var byPhone = Some.Enquiry(reference: "tally:t1", received: "2026-11-23 09:10", email: null, phone: "+44 113 496 0321");

        var result = _planner.Plan(Some.Input(sheet, [byMail, withPhone, byPhone]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Created, OutcomeKind.Merged, OutcomeKind.Merged], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(CellValue.Number(3), sheet.Cell("L-000001", LeadColumn.Enquiries));
    }

    [Fact]
    public void A_repeat_of_an_existing_lead_and_a_new_lead_in_one_batch_are_both_written()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000004", email: "james@example.com"));
        var repeat = Some.Enquiry(reference: "mail:m1@x.example", email: "james@example.com");
        var fresh = Some.Enquiry(reference: "mail:m2@x.example", email: "sophie@example.com");

        var result = _planner.Plan(Some.Input(sheet, [repeat, fresh]));
        sheet.Apply(result.Plan);

        Assert.Equal([OutcomeKind.Merged, OutcomeKind.Created], result.Outcomes.Select(o => o.Kind));
        Assert.Equal(["L-000004", "L-000005"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000004", LeadColumn.Enquiries));
    }
}
