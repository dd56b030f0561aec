using System.Globalization;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Notifications;

namespace SheetLeads.Worker.GoogleSheets;

internal sealed partial class GoogleLeadSheet : IRowLinks
{
    /// <summary>A link that opens the spreadsheet at the row (the Leads tab's id is known once it was read).</summary>
    public string Describe(LeadLink row) => _grid is { } grid
        ? string.Create(CultureInfo.InvariantCulture, $"https://docs.google.com/spreadsheets/d/{_options.SpreadsheetId}/edit#gid={grid.SheetId}&range=A{row.RowNumber}")
        : string.Create(CultureInfo.InvariantCulture, $"https://docs.google.com/spreadsheets/d/{_options.SpreadsheetId}/edit (row {row.RowNumber} of the {Tab} tab)");
}
