using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public sealed class LeadRowReaderTests
{
    private readonly LeadRowReader _reader = new(StatusSet.Default, Some.Time, Some.Phones);

    [Fact]
    public void A_row_the_worker_wrote_reads_back_as_its_lead()
    {
        var sheet = Some.Sheet(Some.LeadRow(
            id: "L-000004", received: "2026-11-02 10:00", name: "James O'Connor", email: "James@Example.com",
            phone: "+447700900321", status: "Contacted", owner: "Chloe Price", notes: "Called back.\nSite visit Friday.",
            firstResponse: "2026-11-02 10:40", lastEnquiry: "2026-11-03 08:30", enquiries: 2, refs: "mail:a@x.example\nsite:sub-1"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Equal(Some.Id("L-000004"), lead.Id);
        Assert.Equal(Some.Utc("2026-11-02 10:00"), lead.Received);
        Assert.Equal("James O'Connor", lead.Name);
        Assert.Equal("James@Example.com", lead.EmailText);
        Assert.Equal(Some.Email("james@example.com"), lead.Email);
        Assert.Equal("+447700900321", lead.PhoneKey);
        Assert.Equal(StatusRole.Active, lead.Role);
        Assert.True(lead.IsOpen);
        Assert.Equal("Chloe Price", lead.Owner);
        Assert.Equal("Called back.\nSite visit Friday.", lead.Notes);
        Assert.Equal(Some.Utc("2026-11-02 10:40"), lead.FirstResponse);
        Assert.Equal(Some.Utc("2026-11-03 08:30"), lead.LastEnquiry);
        Assert.Equal(2, lead.Enquiries);
        Assert.Equal([Some.Ref("mail:a@x.example"), Some.Ref("site:sub-1")], lead.Refs);
    }

    [Fact]
    public void Next_contact_and_lost_reason_are_read_for_the_rules()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", status: "Contacted", nextContact: "2026-11-27"),
            Some.LeadRow(id: "L-000002", status: "Lost", lostReason: "Too expensive"));

        var leads = _reader.Read(sheet.Snapshot());

        Assert.Equal(new DateOnly(2026, 11, 27), leads[0].NextContact);
        Assert.Equal("Too expensive", leads[1].LostReason);
        Assert.Null(leads[1].NextContact);
    }

    [Fact]
    public void A_phone_typed_by_a_person_matches_by_its_e164_form_and_stays_as_typed()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle", phone: "07700 900 321"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Null(lead.Id);
        Assert.Equal("07700 900 321", lead.PhoneText);
        Assert.Equal("+447700900321", lead.PhoneKey);
    }

    [Fact]
    public void Dates_are_read_in_the_business_time_zone()
    {
        var sheet = Some.Sheet(Some.LeadRow(received: "2026-07-01 10:00"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Equal(Some.Utc("2026-07-01 09:00"), lead.Received);
    }

    [Fact]
    public void Dates_and_counts_typed_as_text_or_numbers_are_read()
    {
        var row = Some.LeadRow();
        row[LeadColumn.Received] = CellValue.Text("22/11/2026 10:04");
        row[LeadColumn.LastEnquiry] = CellValue.Number(45658.5);
        row[LeadColumn.Enquiries] = CellValue.Text("3");
        var sheet = Some.Sheet(row);

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Equal(Some.Utc("2026-11-22 10:04"), lead.Received);
        Assert.Equal(Some.Utc("2025-01-01 12:00"), lead.LastEnquiry);
        Assert.Equal(3, lead.Enquiries);
    }

    [Fact]
    public void A_lead_id_cell_holding_something_else_is_marked_unreadable()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-00004A"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Null(lead.Id);
        Assert.True(lead.HasUnreadableId);
    }

    [Fact]
    public void A_typed_row_without_a_lead_id_is_not_unreadable()
    {
        var sheet = Some.Sheet(Some.TypedRow(name: "Pat Doyle"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.False(lead.HasUnreadableId);
    }

    [Fact]
    public void Blank_rows_are_left_out()
    {
        var header = LeadColumns.DefaultHeader;
        var blank = new CellValue[header.Count];
        blank[3] = CellValue.Text("   ");
        var named = new CellValue[header.Count];
        named[3] = CellValue.Text("Pat Doyle");
        var snapshot = Some.Snapshot(header, blank, named);

        var lead = Assert.Single(new LeadRowReader(StatusSet.Default, Some.Time, Some.Phones).Read(snapshot));

        Assert.Equal("Pat Doyle", lead.Name);
        Assert.Equal(3, lead.Row.RowNumber);
    }

    [Fact]
    public void A_closed_status_makes_the_lead_closed()
    {
        var sheet = Some.Sheet(Some.LeadRow(status: "Won"));

        var lead = Assert.Single(_reader.Read(sheet.Snapshot()));

        Assert.Equal(StatusRole.Won, lead.Role);
        Assert.False(lead.IsOpen);
    }

    [Fact]
    public void Columns_are_read_where_the_team_moved_them()
    {
        var snapshot = Some.Snapshot(
            ["Ref", "Status", "Budget", "Name", "Lead ID", "Phone"],
            [CellValue.Text("site:sub-9"), CellValue.Text("Lost"), CellValue.Text("£5k"), CellValue.Text("Tom Baker"), CellValue.Text("L-000002"), CellValue.Text("0161 496 0753")]);

        var lead = Assert.Single(new LeadRowReader(StatusSet.Default, new BusinessTime(TimeZoneInfo.Utc), Some.Phones).Read(snapshot));

        Assert.Equal(Some.Id("L-000002"), lead.Id);
        Assert.Equal("Tom Baker", lead.Name);
        Assert.Equal(StatusRole.Lost, lead.Role);
        Assert.Equal("+441614960753", lead.PhoneKey);
        Assert.Equal([Some.Ref("site:sub-9")], lead.Refs);
    }

    [Fact]
    public void A_row_holding_something_only_in_the_teams_own_columns_is_no_lead()
    {
        var snapshot = Some.Snapshot(["Lead ID", "Name", "Budget"], [CellValue.Empty, CellValue.Empty, CellValue.Text("£17,800")]);

        var leads = _reader.Read(snapshot);

        Assert.Empty(leads);
    }
}
