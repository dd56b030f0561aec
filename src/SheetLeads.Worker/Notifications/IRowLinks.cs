using SheetLeads.Core.Summary;

namespace SheetLeads.Worker.Notifications;

/// <summary>How a mail points at a lead's row: a link into the Google spreadsheet, or the workbook's row and path.</summary>
internal interface IRowLinks
{
    /// <summary>Where the row is, for a person reading a mail.</summary>
    string Describe(LeadLink row);
}
