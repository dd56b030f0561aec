using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// A <c>spreadsheets.get</c> answer with grid data, read by <see cref="GridReader"/> straight from the response's
/// JSON: a cell is a small value, not the three objects of <see cref="CellData"/>, so a cycle's read of thousands of
/// rows costs one pass over the bytes.
/// </summary>
internal sealed class GridRead
{
    /// <summary>The spreadsheet's own developer metadata (not the rows' or tabs').</summary>
    public List<DeveloperMetadata> DeveloperMetadata { get; } = [];

    public List<GridTab> Sheets { get; } = [];

    /// <summary>The XxHash128 of the answer's bytes (when <see cref="ReadGrid"/> read it): the same digest, the same answer.</summary>
    public byte[] Digest { get; set; } = [];
}

/// <summary>One tab of a <see cref="GridRead"/>: its properties and the first range of grid data asked for.</summary>
internal sealed class GridTab
{
    /// <summary>The tab's id (Google leaves a 0 out).</summary>
    public int SheetId { get; set; }

    public string? Title { get; set; }

    /// <summary>Whether the answer held grid data for the tab at all.</summary>
    public bool HasData { get; set; }

    /// <summary>The zero-based row the data starts at.</summary>
    public int StartRow { get; set; }

    /// <summary>The rows from <see cref="StartRow"/> on; a row's cells from column A.</summary>
    public List<GridCell[]> Rows { get; } = [];

    /// <summary>Developer metadata on the rows, with the row's index in <see cref="Rows"/>.</summary>
    public List<(int Index, DeveloperMetadata Entry)> RowMetadata { get; } = [];
}

/// <summary>A cell as read: its effective value, and whether a formula is what was typed into it.</summary>
internal readonly record struct GridCell(GridCellKind Kind, string? Text = null, double Number = 0, bool IsFormula = false)
{
    public static GridCell Empty => default;
}

/// <summary>Which member of Sheets v4's <c>ExtendedValue</c> a cell's effective value holds.</summary>
internal enum GridCellKind
{
    Empty,
    /// <summary><c>stringValue</c>, in <see cref="GridCell.Text"/>.</summary>
    String,
    /// <summary><c>numberValue</c>, in <see cref="GridCell.Number"/>.</summary>
    Number,
    /// <summary><c>boolValue</c>: <see cref="GridCell.Number"/> is 1 for true.</summary>
    Bool,
    /// <summary><c>errorValue</c>: its <c>type</c> (e.g. <c>N_A</c>) in <see cref="GridCell.Text"/>.</summary>
    Error,
}
