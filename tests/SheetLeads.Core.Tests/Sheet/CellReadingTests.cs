using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public sealed class CellReadingTests
{
    [Fact]
    public void A_date_time_cell_reads_as_its_wall_clock_time()
    {
        var cell = CellValue.DateTime(Some.Local("2026-11-22 10:04"));

        Assert.Equal(Some.Local("2026-11-22 10:04"), CellReading.LocalDateTime(cell));
    }

    [Fact]
    public void A_date_cell_reads_as_midnight()
    {
        var cell = CellValue.Date(new DateOnly(2026, 11, 22));

        Assert.Equal(Some.Local("2026-11-22 00:00"), CellReading.LocalDateTime(cell));
    }

    [Fact]
    public void A_spreadsheet_serial_number_reads_as_a_date_time()
    {
        var cell = CellValue.Number(45658.5); // 2025-01-01 12:00 in Sheets and Excel

        Assert.Equal(Some.Local("2025-01-01 12:00"), CellReading.LocalDateTime(cell));
    }

    [Theory]
    [InlineData("2026-11-22 10:04", "2026-11-22 10:04")]
    [InlineData("2026-11-22 9:05", "2026-11-22 09:05")]
    [InlineData("2026-11-22T10:04:30", "2026-11-22 10:04:30")]
    [InlineData("22/11/2026 10:04", "2026-11-22 10:04")]
    [InlineData("2/3/2026 9:05", "2026-03-02 09:05")]
    [InlineData("22.11.2026 10:04", "2026-11-22 10:04")]
    [InlineData(" 2026-11-22 ", "2026-11-22 00:00")]
    [InlineData("22/11/2026", "2026-11-22 00:00")]
    [InlineData("22 Nov 2026", "2026-11-22 00:00")]
    [InlineData("22 November 2026", "2026-11-22 00:00")]
    public void A_date_typed_as_text_is_read_day_first(string typed, string expected)
    {
        Assert.Equal(Some.Local(expected), CellReading.LocalDateTime(CellValue.Text(typed)));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("11/22/2026")]
    [InlineData("")]
    public void Text_that_is_not_a_date_reads_as_no_date(string typed)
    {
        Assert.Null(CellReading.LocalDateTime(CellValue.Text(typed)));
    }

    [Fact]
    public void A_negative_or_zero_number_is_not_a_date()
    {
        Assert.Null(CellReading.LocalDateTime(CellValue.Number(0)));
        Assert.Null(CellReading.LocalDateTime(CellValue.Number(-3)));
    }

    [Fact]
    public void A_date_is_the_day_of_a_date_time_cell()
    {
        Assert.Equal(new DateOnly(2026, 11, 22), CellReading.Date(CellValue.DateTime(Some.Local("2026-11-22 23:59"))));
    }

    [Theory]
    [InlineData(2.0, 2)]
    [InlineData(3.0000000001, 3)]
    public void An_enquiries_count_reads_from_a_number(double number, int expected)
    {
        Assert.Equal(expected, CellReading.WholeNumber(CellValue.Number(number)));
    }

    [Theory]
    [InlineData(" 4 ", 4)]
    [InlineData("12", 12)]
    public void An_enquiries_count_reads_from_text_holding_a_number(string typed, int expected)
    {
        Assert.Equal(expected, CellReading.WholeNumber(CellValue.Text(typed)));
    }

    [Theory]
    [InlineData("two")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public void Text_that_is_not_a_whole_number_reads_as_no_count(string typed)
    {
        Assert.Null(CellReading.WholeNumber(CellValue.Text(typed)));
    }

    [Fact]
    public void An_empty_cell_reads_as_no_count()
    {
        Assert.Null(CellReading.WholeNumber(CellValue.Empty));
    }
}
