using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>A planned row change and the row it is for, as verified just before the write.</summary>
/// <param name="Change">The planned change.</param>
/// <param name="Key">The Lead ID the row's anchor carries (for a typed row, the Lead ID it is being given).</param>
/// <param name="ReadRow">Where the row was at the cycle's read (to find a person's formulas in it).</param>
/// <param name="RowNumber">Where the row is now.</param>
/// <param name="Cells">What the row holds now.</param>
internal sealed record LocatedRow(RowChange Change, string Key, int ReadRow, int RowNumber, IReadOnlyList<CellValue> Cells);
