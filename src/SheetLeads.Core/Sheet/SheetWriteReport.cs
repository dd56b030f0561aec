namespace SheetLeads.Core.Sheet;

/// <summary>What a write did.</summary>
/// <param name="RowsAppended">New rows added.</param>
/// <param name="CellsWritten">Cells changed in existing rows.</param>
/// <param name="CellsLeftAlone">Planned fills and status moves skipped because a person had typed into the cell meanwhile.</param>
public sealed record SheetWriteReport(int RowsAppended, int CellsWritten, int CellsLeftAlone);
