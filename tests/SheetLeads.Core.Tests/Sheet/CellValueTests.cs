using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Sheet;

public class CellValueTests
{
    [Fact]
    public void Empty_text_is_an_empty_cell()
    {
        Assert.Equal(CellKind.Empty, CellValue.Text("").Kind);
        Assert.Equal(CellKind.Empty, CellValue.Text(null).Kind);
    }

    [Fact]
    public void A_cell_holding_only_white_space_counts_as_empty()
    {
        Assert.True(CellValue.Text("  \n").IsEmpty);
        Assert.False(CellValue.Text("x").IsEmpty);
        Assert.False(CellValue.Number(0).IsEmpty);
    }

    [Fact]
    public void Customer_text_that_looks_like_a_formula_or_number_stays_text()
    {
        Assert.Equal(CellKind.Text, CellValue.Text("=IMPORTXML(\"http://x\",\"//a\")").Kind);
        Assert.Equal(CellKind.Text, CellValue.Text("-1").Kind);
        Assert.Equal(CellKind.Text, CellValue.Text("+447700900123").Kind);
    }

    [Fact]
    public void Cells_read_as_a_person_reads_them()
    {
        Assert.Equal("2026-11-22 10:04", CellValue.DateTime(new DateTime(2026, 11, 22, 10, 4, 59)).AsText());
        Assert.Equal("2026-12-01", CellValue.Date(new DateOnly(2026, 12, 1)).AsText());
        Assert.Equal("2", CellValue.Number(2).AsText());
        Assert.Equal("2.5", CellValue.Number(2.5).AsText());
        Assert.Equal("TRUE", CellValue.Boolean(true).AsText());
        Assert.Equal("", CellValue.Empty.AsText());
    }

    [Fact]
    public void A_date_time_cell_holds_wall_clock_time_whatever_kind_it_was_given()
    {
        var cell = CellValue.DateTime(DateTime.SpecifyKind(new DateTime(2026, 11, 22, 10, 4, 0), DateTimeKind.Utc));

        Assert.Equal(DateTimeKind.Unspecified, cell.DateTimeValue.Kind);
    }
}
