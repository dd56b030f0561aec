namespace SheetLeads.Core.Sheet;

/// <summary>What a write did.</summary>
/// <param name="RowsAppended">New rows added.</param>
/// <param name="CellsWritten">Cells changed in existing rows.</param>
/// <param name="CellsLeftAlone">Planned fills and status moves skipped because a person had typed into the cell meanwhile.</param>
/// <param name="FirstNewRow">The row the first new lead landed on (the others follow it in order), when rows were added.</param>
public sealed record SheetWriteReport(int RowsAppended, int CellsWritten, int CellsLeftAlone, int? FirstNewRow = null);
