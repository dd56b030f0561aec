using Google.Apis.Util;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Setup;

/// <summary>
/// <c>init</c> on Google (SPEC §4): creates or repairs the Leads tab, and adds the Summary and Team tabs when missing — the default header on an empty
/// tab or the known columns it lacks after the last used column (bold, with widths and date formats), a frozen
/// header row, a filter and dropdowns where the tab has none — in at most one atomic batchUpdate after two reads.
/// It never removes, renames or moves anything, and a second run sends nothing.
/// </summary>
internal sealed class GoogleSheetSetup(SheetsClient client)
{
    private const int NewTabRows = 1000;

    /// <exception cref="SheetLayoutException">Row 1 of the Leads tab is empty while row 2 holds data.</exception>
    public async Task<IReadOnlyList<string>> PrepareAsync(SheetLayout layout, CancellationToken cancellationToken)
    {
        try
        {
            var tabs = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId)
            {
                Fields = "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount,frozenRowCount)),basicFilter.range)",
            }, cancellationToken);
            var sheets = tabs.Sheets ?? [];
            var leads = SheetTabs.Find(sheets, layout.LeadsTab);
            var done = new List<string>();
            var plan = new SetupPlan(layout);
            if (leads is null)
            {
                var id = SheetTabs.FreeId(sheets.Select(SheetTabs.IdOf));
                plan.AddTab(id, layout.LeadsTab, Math.Max(26, layout.Header.Count));
                done.Add($"Added a {layout.LeadsTab} tab to {Location}");
                plan.PrepareLeads(new LeadsTabNow(id, layout.LeadsTab, NewTabRows, Math.Max(26, layout.Header.Count), 0, null, [], new HashSet<int>(), false), []);
            }
            else
            {
                var now = await ReadLeadsAsync(leads, cancellationToken);
                plan.PrepareLeads(now, done);
            }
            if (SheetTabs.Find(sheets, layout.SummaryTab) is null)
            {
                plan.AddTab(SheetTabs.FreeId(sheets.Select(SheetTabs.IdOf).Concat(plan.TakenIds)), layout.SummaryTab, 26);
                done.Add($"Added a {layout.SummaryTab} tab to {Location} (filled at the next Summary refresh)");
            }
            if (SheetTabs.Find(sheets, SheetLayout.TeamTab) is null)
            {
                plan.AddTeamTab(SheetTabs.FreeId(sheets.Select(SheetTabs.IdOf).Concat(plan.TakenIds)), layout.Team ?? []);
                done.Add(LayoutVerdicts.TeamTabAdded(Location, layout.Team?.Count ?? 0));
            }
            if (plan.Requests.Count > 0)
                await client.WriteAsync(new BatchUpdateSpreadsheet(client.Api, client.SpreadsheetId, new BatchUpdateSpreadsheetRequest { Requests = plan.Requests }),
                    applied: null, cancellationToken);
            return done;
        }
        catch (Exception e) when (SheetsFailure.Explain(e, client) is { } explained)
        {
            throw explained;
        }
    }

    private string Location => $"Google spreadsheet {client.SpreadsheetId}";

    private async Task<LeadsTabNow> ReadLeadsAsync(Sheet leads, CancellationToken cancellationToken)
    {
        var p = leads.Properties!;
        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId)
        {
            Ranges = new Repeatable<string>([$"{A1.Tab(p.Title!)}!1:2"]),
            IncludeGridData = true,
            Fields = "sheets(properties.title,data(rowData.values(effectiveValue,dataValidation)))",
        }, cancellationToken);
        var rows = spreadsheet.Sheets?.FirstOrDefault()?.Data?.FirstOrDefault()?.RowData ?? [];
        IList<CellData> Row(int i) => i < rows.Count ? rows[i].Values ?? [] : [];
        var header = SheetTabs.Header(Row(0));
        var validated = Row(1).Select((c, i) => (c, i)).Where(x => x.c.DataValidation is not null).Select(x => x.i).ToHashSet();
        var secondRowHasData = Row(1).Any(c => !CellJson.FromSheet(c.EffectiveValue, null).IsEmpty);
        var grid = p.GridProperties;
        return new LeadsTabNow(p.SheetId ?? 0, p.Title!, grid?.RowCount ?? NewTabRows, grid?.ColumnCount ?? 26, grid?.FrozenRowCount ?? 0,
            leads.BasicFilter, header, validated, secondRowHasData);
    }

}
