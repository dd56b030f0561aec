using SheetLeads.Core.Notifications;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Notifications;

/// <summary>SPEC §7 and §4: a new lead is told to its owner, a repeat enquiry to the lead's current owner, nothing else.</summary>
public sealed class LeadNoticesTests
{
    private static readonly LeadNotices Notices = new(new NoticeSettings(
        "owner@brightpath.example",
        [new TeamMember("Alice Hart", "alice@brightpath.example", false), new TeamMember("Bob Singh", "bob@brightpath.example", false)],
        OverdueDays: 2,
        Some.Time));

    private static IReadOnlyList<Notice> Cycle(InMemoryLeadSheet sheet, params SheetLeads.Core.Leads.TakenItem[] items)
    {
        var snapshot = sheet.Snapshot();
        var result = Some.Planner().Plan(Some.Input(sheet, items));
        return Notices.ForCycle(snapshot, result, result.Plan.NewRows.Count > 0 ? snapshot.Rows.Count + 2 : null);
    }

    [Fact]
    public void A_new_lead_is_told_to_its_owner_with_its_details_and_a_link_to_the_row_it_landed_on()
    {
        var sheet = Some.Sheet(Some.LeadRow("L-000001"));

        var notice = Assert.Single(Cycle(sheet, Some.Enquiry(name: "Sophie Turner", email: "sophie@example.com", phone: "07700 900123", message: "Two radiators, please.")));

        Assert.Equal("new-lead:L-000002", notice.Key);
        Assert.Equal(NoticeKind.NewLead, notice.Kind);
        Assert.Equal(["new-lead:L-000002"], notice.Covers);
        var owner = notice.Addressee;
        Assert.Contains(owner, Some.Members);
        Assert.Equal("New lead L-000002: Sophie Turner (Email)", notice.Subject);
        var text = notice.Lines.Select(l => l.Text).ToArray();
        Assert.Contains("Email: sophie@example.com", text);
        Assert.Contains("Phone: +447700900123", text);
        Assert.Contains("Two radiators, please.", text);
        Assert.Contains("Owner: " + owner, text);
        var link = Assert.Single(notice.Lines, l => l.Row is not null).Row!;
        Assert.Equal(("L-000002", 3), (link.Id.ToString(), link.RowNumber));
    }

    [Fact]
    public void The_owners_address_comes_from_the_Team_tab_before_the_configuration_and_none_known_leaves_it_unaddressed()
    {
        var team = new TeamRoster([new TeamMember("Alice Hart", "alice.h@elsewhere.example", false), new TeamMember("Bob Singh", null, false), new TeamMember("Chloe Price", null, false)]);
        var settings = new NoticeSettings(null, [new TeamMember("Bob Singh", "bob@brightpath.example", false)], 2, Some.Time);

        Assert.Equal("alice.h@elsewhere.example", settings.AddressOf("alice hart", team));
        Assert.Equal("bob@brightpath.example", settings.AddressOf("Bob Singh", team));
        Assert.Null(settings.AddressOf("Chloe Price", team));
    }

    [Fact]
    public void A_repeat_enquiry_merged_into_an_open_lead_is_told_to_that_leads_current_owner_with_what_they_wrote()
    {
        var sheet = Some.Sheet(Some.LeadRow("L-000004", email: "james@example.com", owner: "Bob Singh", status: "Contacted"));

        var notice = Assert.Single(Cycle(sheet, Some.Enquiry(reference: "mail:again@example.com", name: "James O'Connor", email: "james@example.com",
            message: "Any news on the quote?")));

        Assert.Equal(NoticeKind.RepeatEnquiry, notice.Kind);
        Assert.Equal(("Bob Singh", "bob@brightpath.example"), (notice.Addressee, notice.To));
        Assert.Equal("Repeat enquiry from James O'Connor (L-000004)", notice.Subject);
        Assert.Equal(["repeat:L-000004:mail:again@example.com"], notice.Covers);
        Assert.Contains(notice.Lines, l => l.Text == "Any news on the quote?");
        Assert.Equal(2, notice.Lines.Single(l => l.Row is not null).Row!.RowNumber);
    }

    [Fact]
    public void Skipped_mail_and_an_enquiry_already_taken_in_are_told_to_nobody()
    {
        var sheet = Some.Sheet(Some.LeadRow("L-000001", refs: "mail:m1@example.com"));

        Assert.Empty(Cycle(sheet, Some.Skip(), Some.Enquiry(reference: "mail:m1@example.com")));
    }

    [Fact]
    public void Two_enquiries_of_one_new_lead_make_one_new_lead_notice()
    {
        var notices = Cycle(Some.Sheet(),
            Some.Enquiry(reference: "form:1", source: "Website form", received: "2026-11-23 09:00"),
            Some.Enquiry(reference: "mail:m2@example.com", received: "2026-11-23 09:00"));

        Assert.Equal(NoticeKind.NewLead, Assert.Single(notices).Kind);
    }
}
