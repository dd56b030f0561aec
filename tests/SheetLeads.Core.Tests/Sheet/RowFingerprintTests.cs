using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Sheet;

public sealed class RowFingerprintTests
{
    [Fact]
    public void Trailing_empty_cells_do_not_change_a_fingerprint()
    {
        var short_ = new[] { CellValue.Empty, CellValue.Text("Pat Doyle"), CellValue.Text("07700 900555") };
        var padded = new[] { CellValue.Empty, CellValue.Text("Pat Doyle"), CellValue.Text("07700 900555"), CellValue.Empty, CellValue.Text(" ") };

        Assert.Equal(RowFingerprint.Of(short_), RowFingerprint.Of(padded));
    }

    [Fact]
    public void A_row_that_holds_something_else_has_another_fingerprint()
    {
        var before = new[] { CellValue.Text("Pat Doyle"), CellValue.Text("07700 900555") };
        var after = new[] { CellValue.Text("Pat Doyle"), CellValue.Text("07700 900556") };

        Assert.NotEqual(RowFingerprint.Of(before), RowFingerprint.Of(after));
    }

    [Fact]
    public void The_same_text_in_another_column_has_another_fingerprint()
    {
        var inName = new[] { CellValue.Text("Pat"), CellValue.Empty };
        var inEmail = new[] { CellValue.Empty, CellValue.Text("Pat") };

        Assert.NotEqual(RowFingerprint.Of(inName), RowFingerprint.Of(inEmail));
    }
}
