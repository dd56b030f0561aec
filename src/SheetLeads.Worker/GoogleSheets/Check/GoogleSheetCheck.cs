using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.Hosting;
namespace SheetLeads.Worker.GoogleSheets.Check;
internal sealed class GoogleSheetCheck(SheetsClient client, string leadsTab)
{
    public Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken ct) => throw new NotSupportedException(client.SpreadsheetId + leadsTab);
}
