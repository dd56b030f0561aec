using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Sheet;

public class CellReadingTests
{
    [Fact]
    public void A_date_time_cell_reads_as_its_wall_clock_time()
    {
        var at = new DateTime(2026, 11, 22, 10, 4, 0);

        Assert.Equal(at, CellReading.LocalDateTime(CellValue.DateTime(at)));
    }

    [Fact]
    public void A_serial_number_reads_as_the_date_time_it_stands_for()
    {
        var at = new DateTime(2026, 11, 22, 10, 4, 0);

        Assert.Equal(at, CellReading.LocalDateTime(CellValue.Number(at.ToOADate())));
    }

    [Theory]
    [InlineData("2026-11-22 10:04", 10, 4)]
    [InlineData("2026-11-22T10:04:00", 10, 4)]
    [InlineData("22/11/2026 10:04", 10, 4)]
    [InlineData("22.11.2026 10:04", 10, 4)]
    [InlineData(" 2026-11-22 ", 0, 0)]
    [InlineData("22/11/2026", 0, 0)]
    [InlineData("22 November 2026", 0, 0)]
    public void Text_in_the_usual_forms_reads_as_a_date_time(string text, int hour, int minute)
    {
        Assert.Equal(new DateTime(2026, 11, 22, hour, minute, 0), CellReading.LocalDateTime(CellValue.Text(text)));
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("11/22/2026")]
    [InlineData("")]
    public void Text_that_is_not_a_date_reads_as_none(string text)
    {
        Assert.Null(CellReading.LocalDateTime(CellValue.Text(text)));
    }

    [Fact]
    public void A_number_far_outside_the_calendar_is_not_a_date()
    {
        Assert.Null(CellReading.LocalDateTime(CellValue.Number(-3)));
        Assert.Null(CellReading.LocalDateTime(CellValue.Number(1e9)));
        Assert.Null(CellReading.LocalDateTime(CellValue.Boolean(true)));
    }

    [Fact]
    public void A_date_cell_gives_its_date()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), CellReading.Date(CellValue.Date(new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public void A_count_reads_from_a_number_or_from_text()
    {
        Assert.Equal(2, CellReading.WholeNumber(CellValue.Number(2)));
        Assert.Equal(3, CellReading.WholeNumber(CellValue.Text(" 3 ")));
    }

    [Theory]
    [InlineData("three")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public void Text_that_is_not_a_whole_number_is_no_count(string text)
    {
        Assert.Null(CellReading.WholeNumber(CellValue.Text(text)));
    }

    [Fact]
    public void A_negative_number_is_no_count()
    {
        Assert.Null(CellReading.WholeNumber(CellValue.Number(-1)));
        Assert.Null(CellReading.WholeNumber(CellValue.Empty));
    }
}
