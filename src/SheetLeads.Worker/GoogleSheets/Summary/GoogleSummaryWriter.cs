using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api;
namespace SheetLeads.Worker.GoogleSheets.Summary;
internal sealed class GoogleSummaryWriter(SheetsClient client, string summaryTab, string leadsTab)
{
    public Task WriteAsync(SummaryReport report, CancellationToken ct) => throw new NotSupportedException(client.SpreadsheetId + summaryTab + leadsTab + report);
}
