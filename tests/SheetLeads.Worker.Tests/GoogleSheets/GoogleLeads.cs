using SheetLeads.Core.Sheet;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.GoogleSheets.Api;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>The emulated Leads tab as a person sees it: formatted values, found by header and Lead ID.</summary>
internal sealed class GoogleLeads
{
    private readonly EmulatedTab _tab;
    private readonly IReadOnlyList<IReadOnlyList<string>> _rows;

    public GoogleLeads(EmulatedTab tab)
    {
        _tab = tab;
        _rows = tab.FormattedValues();
    }

    public IReadOnlyList<string> Header => _rows[0];

    /// <summary>The data rows that hold anything, as one-based row numbers.</summary>
    public IReadOnlyList<int> Rows => Enumerable.Range(2, Math.Max(_rows.Count - 1, 0)).Where(r => _rows[r - 1].Any(v => v.Length > 0)).ToArray();

    public string Cell(int row, LeadColumn column)
    {
        var c = Column(column);
        return row - 1 < _rows.Count && c < _rows[row - 1].Count ? _rows[row - 1][c] : "";
    }

    /// <summary>Every cell of a row as a person sees it, by position (trailing empty cells left out).</summary>
    public IReadOnlyList<string> RowValues(int row) => row - 1 < _rows.Count ? _rows[row - 1] : [];

    /// <summary>The one row holding this value in the column.</summary>
    public int Single(LeadColumn column, string value) => Rows.Single(r => Cell(r, column) == value);

    /// <summary>The emulator's view of one cell (formula or not, number format, colour).</summary>
    public EmulatedCell Raw(int row, LeadColumn column) => _tab.Cell(A1.Column(Column(column)) + row);

    private int Column(LeadColumn column)
    {
        var index = ColumnMap.FromHeader(Header).PositionOf(column);
        return index ?? throw new InvalidOperationException($"The Leads tab has no {column} column.");
    }
}
