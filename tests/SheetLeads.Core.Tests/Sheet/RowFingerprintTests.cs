using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public class RowFingerprintTests
{
    [Fact]
    public void Trailing_empty_cells_do_not_change_a_fingerprint()
    {
        var shorter = Some.TextCells("", "", "", "Walk In", "", "07700 900555");
        var longer = shorter.Concat([CellValue.Empty, CellValue.Text("  ")]).ToArray();

        Assert.Equal(RowFingerprint.Of(shorter), RowFingerprint.Of(longer));
    }

    [Fact]
    public void A_cell_a_person_changed_changes_the_fingerprint()
    {
        var before = Some.TextCells("", "", "", "Walk In", "", "07700 900555");
        var after = Some.TextCells("", "", "", "Walk In", "", "07700 900556");

        Assert.NotEqual(RowFingerprint.Of(before), RowFingerprint.Of(after));
    }

    [Fact]
    public void The_same_text_in_another_column_is_another_fingerprint()
    {
        Assert.NotEqual(RowFingerprint.Of(Some.TextCells("a", "")), RowFingerprint.Of(Some.TextCells("", "a")));
    }
}
