using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Check;
using SheetLeads.Worker.GoogleSheets.Setup;
using SheetLeads.Worker.GoogleSheets.Summary;
using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary><c>init</c>, <c>check</c> and the Summary tab on Google.</summary>
internal sealed partial class GoogleLeadSheet : ISheetSetup, ICheckable, ISummarySheet
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> PrepareAsync(SheetLayout layout, CancellationToken cancellationToken) =>
        new GoogleSheetSetup(Client()).PrepareAsync(layout, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        SheetsClient client;
        try
        {
            client = Client();
        }
        catch (SheetUnavailableException e)
        {
            return [new CheckVerdict("sheet", false, e.Message)];
        }
        return await new GoogleSheetCheck(client, Tab).CheckAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task WriteSummaryAsync(SummaryReport report, CancellationToken cancellationToken)
    {
        var client = Client();
        // One writer per sheet: a worker waiting for the lease leaves the Summary to the one holding it.
        await _lease!.RefuseIfHeldByOtherAsync(cancellationToken);
        await new GoogleSummaryWriter(client, _layout.SummaryTab, Tab).WriteAsync(report, cancellationToken);
    }
}
