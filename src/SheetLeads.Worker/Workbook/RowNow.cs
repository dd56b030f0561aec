using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>A data row as it is at write time.</summary>
/// <param name="Number">Its row number now.</param>
/// <param name="Cells">Its values now.</param>
internal sealed record RowNow(int Number, IReadOnlyList<CellValue> Cells);
