using System.Globalization;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Notifications;

namespace SheetLeads.Worker.Workbook;

internal sealed partial class WorkbookLeadSheet : IRowLinks
{
    /// <summary>The row and the workbook's path: a local file has no address a mail can open.</summary>
    public string Describe(LeadLink row) =>
        string.Create(CultureInfo.InvariantCulture, $"(row {row.RowNumber} of the {_layout.LeadsTab} tab in {_path})");
}
