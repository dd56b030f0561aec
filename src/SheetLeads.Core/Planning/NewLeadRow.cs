using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Planning;

/// <summary>A row to append for a new lead; columns the tab lacks are not written.</summary>
/// <param name="Id">Its Lead ID.</param>
/// <param name="Cells">Its cells by known column.</param>
public sealed record NewLeadRow(LeadId Id, IReadOnlyDictionary<LeadColumn, CellValue> Cells);
