namespace SheetLeads.Core.Sheet;

/// <summary>One data row as read. Its position is only where it was at read time, never its identity.</summary>
/// <param name="RowNumber">One-based row number in the tab at read time (the header is row 1).</param>
/// <param name="Cells">The cells, by column position.</param>
public sealed record SheetRow(int RowNumber, IReadOnlyList<CellValue> Cells)
{
    /// <summary>True when no cell holds anything.</summary>
    public bool IsBlank => Cells.All(c => c.IsEmpty);
}
