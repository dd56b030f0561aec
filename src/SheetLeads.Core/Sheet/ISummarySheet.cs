using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Sheet;

/// <summary>The Summary tab (SPEC §6). Implemented by the Worker's Workbook and Google Sheets adapters.</summary>
public interface ISummarySheet
{
    /// <summary>Replaces the Summary tab's content with the report (creating the tab if missing); never touches the
    /// Leads tab. On Google this is one formatting batchUpdate.</summary>
    /// <exception cref="SheetUnavailableException">The sheet cannot be written now.</exception>
    Task WriteSummaryAsync(SummaryReport report, CancellationToken cancellationToken);
}
