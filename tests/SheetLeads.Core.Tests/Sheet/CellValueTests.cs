using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public sealed class CellValueTests
{
    [Theory]
    [InlineData("=IMPORTXML(\"http://x\")")]
    [InlineData("+44 7700 900456")]
    [InlineData("@SUM(1)")]
    [InlineData("-1")]
    public void Customer_text_stays_literal_text(string typed)
    {
        var cell = CellValue.Text(typed);

        Assert.Equal(CellKind.Text, cell.Kind);
        Assert.Equal(typed, cell.AsText());
    }

    [Fact]
    public void Empty_text_is_an_empty_cell()
    {
        Assert.Equal(CellKind.Empty, CellValue.Text("").Kind);
        Assert.Equal(CellKind.Empty, CellValue.Text(null).Kind);
    }

    [Fact]
    public void A_cell_of_white_space_counts_as_empty()
    {
        Assert.True(CellValue.Text("  \n ").IsEmpty);
        Assert.False(CellValue.Number(0).IsEmpty);
    }

    [Fact]
    public void Dates_and_numbers_read_as_a_person_reads_them()
    {
        Assert.Equal("2026-11-22 10:04", CellValue.DateTime(Some.Local("2026-11-22 10:04:59")).AsText());
        Assert.Equal("2026-11-22", CellValue.Date(new DateOnly(2026, 11, 22)).AsText());
        Assert.Equal("3", CellValue.Number(3).AsText());
        Assert.Equal("2.5", CellValue.Number(2.5).AsText());
        Assert.Equal("TRUE", CellValue.Boolean(true).AsText());
    }
}
