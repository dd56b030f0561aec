using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Setup;

/// <summary>What <c>init</c> found on the Leads tab.</summary>
/// <param name="SheetId">The tab's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="RowCount">Rows in its grid.</param>
/// <param name="ColumnCount">Columns in its grid.</param>
/// <param name="FrozenRows">Frozen rows.</param>
/// <param name="Filter">Its filter, if any.</param>
/// <param name="Header">Row 1's texts.</param>
/// <param name="Validated">Columns whose row-2 cell has a dropdown (or other validation).</param>
/// <param name="SecondRowHasData">True when row 2 holds anything.</param>
internal sealed record LeadsTabNow(int SheetId, string Title, int RowCount, int ColumnCount, int FrozenRows, BasicFilter? Filter,
    IReadOnlyList<string> Header, IReadOnlySet<int> Validated, bool SecondRowHasData);
