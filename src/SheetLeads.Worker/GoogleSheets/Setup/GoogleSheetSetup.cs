using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
namespace SheetLeads.Worker.GoogleSheets.Setup;
internal sealed class GoogleSheetSetup(SheetsClient client)
{
    public Task<IReadOnlyList<string>> PrepareAsync(SheetLayout layout, CancellationToken ct) => throw new NotSupportedException(client.SpreadsheetId + layout);
}
