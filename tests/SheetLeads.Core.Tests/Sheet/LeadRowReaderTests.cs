using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public class LeadRowReaderTests
{
    [Fact]
    public void A_row_the_worker_wrote_reads_as_its_lead()
    {
        var row = Some.Row(id: "L-000004", name: "James O'Connor", email: "James@Example.com", phone: "+447700900321",
            status: "Contacted", owner: "Bob Singh", notes: "Called 12/11.", enquiries: 2, refs: "mail:a@x\nsite:sub-7");

        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(row)));

        Assert.Equal(new LeadId(4), lead.Id);
        Assert.False(lead.HasUnreadableId);
        Assert.Equal(2, lead.Row.RowNumber);
        Assert.Equal("James O'Connor", lead.Name);
        Assert.Equal("James@Example.com", lead.EmailText);
        Assert.Equal("james@example.com", lead.Email?.Value);
        Assert.Equal("+447700900321", lead.PhoneKey);
        Assert.Equal(StatusRole.Active, lead.Role);
        Assert.True(lead.IsOpen);
        Assert.Equal("Bob Singh", lead.Owner);
        Assert.Equal("Called 12/11.", lead.Notes);
        Assert.Equal(2, lead.Enquiries);
        Assert.Equal([new Reference("mail", "a@x"), new Reference("site", "sub-7")], lead.Refs);
    }

    [Fact]
    public void A_date_cell_is_read_in_the_business_time_zone()
    {
        var row = Some.Row(received: new DateTime(2026, 7, 1, 10, 0, 0), lastEnquiry: new DateTime(2026, 7, 2, 11, 0, 0));

        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(row)));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), lead.Received);
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 10, 0, 0, TimeSpan.Zero), lead.LastEnquiry);
    }

    [Fact]
    public void A_received_serial_number_is_read_as_a_date()
    {
        var row = Some.Row();
        row[LeadColumn.Received] = CellValue.Number(new DateTime(2026, 7, 1, 10, 0, 0).ToOADate());

        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(row)));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), lead.Received);
    }

    [Fact]
    public void A_received_date_typed_as_text_is_read_as_a_date()
    {
        var row = Some.Row();
        row[LeadColumn.Received] = CellValue.Text("01/07/2026 10:00");

        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(row)));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), lead.Received);
    }

    [Fact]
    public void Received_text_that_is_no_date_reads_as_unknown()
    {
        var row = Some.Row();
        row[LeadColumn.Received] = CellValue.Text("last Tuesday");

        Assert.Null(Assert.Single(Some.Reader().Read(Some.Sheet(row))).Received);
    }

    [Fact]
    public void Enquiries_typed_as_text_are_counted()
    {
        var row = Some.Row();
        row[LeadColumn.Enquiries] = CellValue.Text("3");

        Assert.Equal(3, Assert.Single(Some.Reader().Read(Some.Sheet(row))).Enquiries);
    }

    [Fact]
    public void Enquiries_that_are_not_a_number_read_as_unknown()
    {
        var row = Some.Row();
        row[LeadColumn.Enquiries] = CellValue.Text("a few");

        Assert.Null(Assert.Single(Some.Reader().Read(Some.Sheet(row))).Enquiries);
    }

    [Fact]
    public void A_row_typed_without_a_lead_id_reads_as_a_lead_without_one()
    {
        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(Some.TypedRow(phone: "07700 900 321"))));

        Assert.Null(lead.Id);
        Assert.False(lead.HasUnreadableId);
        Assert.Equal("07700 900 321", lead.PhoneText);
        Assert.Equal("+447700900321", lead.PhoneKey);
        Assert.Null(lead.Received);
        Assert.Equal(StatusRole.New, lead.Role);
    }

    [Fact]
    public void A_lead_id_cell_holding_something_else_is_marked_unreadable()
    {
        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(Some.Row(id: "L-12x"))));

        Assert.Null(lead.Id);
        Assert.True(lead.HasUnreadableId);
    }

    [Fact]
    public void A_closed_status_reads_as_a_closed_lead()
    {
        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(Some.Row(status: "won"))));

        Assert.Equal(StatusRole.Won, lead.Role);
        Assert.False(lead.IsOpen);
    }

    [Fact]
    public void Columns_in_another_order_are_read_by_their_header()
    {
        var header = new[] { "Email", "Ref", "Name", "Lead ID", "Status", "Source", "Phone", "Company", "Message", "Owner", "Notes", "Enquiries", "Received" };
        var sheet = Some.Sheet(header, Some.TextCells("ann@example.com", "site:1", "Ann Lee", "L-000009", "Won"));

        var lead = Assert.Single(Some.Reader().Read(sheet));

        Assert.Equal(new LeadId(9), lead.Id);
        Assert.Equal("Ann Lee", lead.Name);
        Assert.Equal("ann@example.com", lead.Email?.Value);
        Assert.Equal(StatusRole.Won, lead.Role);
        Assert.Equal([new Reference("site", "1")], lead.Refs);
    }

    [Fact]
    public void A_phone_that_cannot_be_parsed_gives_no_match_key()
    {
        var lead = Assert.Single(Some.Reader().Read(Some.Sheet(Some.Row(phone: "07700 900666 / 0161 496 0754"))));

        Assert.Equal("07700 900666 / 0161 496 0754", lead.PhoneText);
        Assert.Null(lead.PhoneKey);
    }
}
