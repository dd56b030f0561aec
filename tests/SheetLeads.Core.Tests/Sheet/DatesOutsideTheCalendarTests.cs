using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

/// <summary>A date a person typed that no instant can hold must read as no date, not stop every cycle.</summary>
public sealed class DatesOutsideTheCalendarTests
{
    [Fact]
    public void The_first_day_of_the_calendar_in_a_zone_ahead_of_utc_reads_as_no_date()
    {
        var reader = new LeadRowReader(StatusSet.Default, new BusinessTime(TestZones.KyivLike), Some.Phones);
        var row = Some.LeadRow();
        row[LeadColumn.Received] = CellValue.Text("01/01/0001 00:00");
        row[LeadColumn.LastEnquiry] = CellValue.DateTime(DateTime.MinValue);

        var lead = Assert.Single(reader.Read(Some.Sheet(row).Snapshot()));

        Assert.Null(lead.Received);
        Assert.Null(lead.LastEnquiry);
    }

    [Fact]
    public void The_last_day_of_the_calendar_in_a_zone_behind_utc_reads_as_no_date()
    {
        var reader = new LeadRowReader(StatusSet.Default, new BusinessTime(TestZones.NewYorkLike), Some.Phones);
        var row = Some.LeadRow();
        row[LeadColumn.FirstResponse] = CellValue.Text("31/12/9999 23:59");

        var lead = Assert.Single(reader.Read(Some.Sheet(row).Snapshot()));

        Assert.Null(lead.FirstResponse);
    }

    [Fact]
    public void A_typed_row_with_such_a_date_is_still_adopted()
    {
        var planner = new Core.Planning.ChangePlanner(Some.Rules() with { Time = new BusinessTime(TestZones.KyivLike) });
        var sheet = Some.Sheet(Some.TypedRow(name: "Walk In", phone: "07700 900555"));
        sheet.TypeAt(0, LeadColumn.Received, CellValue.Text("01/01/0001"));

        var result = planner.Plan(Some.Input(sheet, []));

        Assert.Equal(1, result.Adopted);
    }

    [Fact]
    public void A_number_beyond_the_last_spreadsheet_date_or_a_tick_box_is_no_date()
    {
        Assert.Null(CellReading.LocalDateTime(CellValue.Number(1e9)));
        Assert.Null(CellReading.LocalDateTime(CellValue.Boolean(true)));
    }
}
