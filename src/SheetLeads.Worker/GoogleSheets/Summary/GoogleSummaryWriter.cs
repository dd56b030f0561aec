using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Summary;

/// <summary>
/// Writes a <see cref="SummaryReport"/> to the Summary tab of the Google spreadsheet, laid out as the workbook's
/// Summary tab, with a stacked column chart of the weekly leads-by-source table beside the tables.
/// </summary>
/// <remarks>
/// One cheap read (the tabs' ids, grid sizes and chart ids, no cells) and one atomic <c>batchUpdate</c>: the tab is
/// added when missing (with a sheetId chosen here so the same batch can address it), grown when the report needs
/// more rows or columns, cleared of old values and formats, written, its old charts deleted and the new chart added.
/// Either all of it is applied or none. The Leads tab is only read for its sheetId (links point at its rows).
/// </remarks>
internal sealed class GoogleSummaryWriter(SheetsClient client, string summaryTab, string leadsTab)
{
    /// <summary>What the read asks for: enough to address the tabs and their charts.</summary>
    public const string TabFields = "sheets(properties(sheetId,title,gridProperties),charts(chartId))";

    /// <summary>Column widths in pixels (the workbook's widths in characters, at about 7 pixels each).</summary>
    private static readonly int[] ColumnPixels = [340, 160, 170, 225, 215, 285];

    private const string CellFields = "userEnteredValue,userEnteredFormat";

    /// <summary>Replaces the Summary tab's content with the report.</summary>
    /// <exception cref="SheetUnavailableException">Google could not be reached or refused; the message says why.</exception>
    /// <exception cref="SheetLayoutException">The Summary tab is the Leads tab.</exception>
    public async Task WriteAsync(SummaryReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.Equals(summaryTab.Trim(), leadsTab.Trim(), StringComparison.OrdinalIgnoreCase))
            throw new SheetLayoutException($"The Summary tab \"{summaryTab}\" is the Leads tab; SheetLeads:Sheet:SummaryTab must name another tab.");
        try
        {
            var tabs = await ReadTabsAsync(ct);
            var plan = Plan(report, tabs);
            await client.WriteAsync(
                new BatchUpdateSpreadsheet(client.Api, client.SpreadsheetId, new BatchUpdateSpreadsheetRequest { Requests = plan.Requests }),
                applied: async c => plan.IsApplied(await ReadTabsAsync(c)) ? new BatchUpdateSpreadsheetResponse() : null,
                ct);
        }
        catch (Exception e) when (SheetsFailure.Explain(e, client) is { } explained)
        {
            throw explained;
        }
    }

    private Task<Spreadsheet> ReadTabsAsync(CancellationToken ct) =>
        client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { IncludeGridData = false, Fields = TabFields }, ct);

    private SummaryPlan Plan(SummaryReport report, Spreadsheet spreadsheet)
    {
        var sheets = spreadsheet.Sheets ?? [];
        var summary = SheetTabs.Find(sheets, summaryTab);
        var leadsSheetId = SheetTabs.Find(sheets, leadsTab) is { } leads ? SheetTabs.IdOf(leads) : (int?)null;
        if (summary is not null && SheetTabs.IdOf(summary) == leadsSheetId)
            throw new SheetLayoutException($"The Summary tab \"{summaryTab}\" is the Leads tab; SheetLeads:Sheet:SummaryTab must name another tab.");

        var used = sheets.Select(SheetTabs.IdOf)
            .Concat(sheets.SelectMany(s => s.Charts ?? []).Select(c => c.ChartId ?? 0))
            .ToHashSet();
        var layout = SummaryLayout.Of(report, leadsSheetId);
        var chart = SummaryChart.Wanted(layout);
        var rowsNeeded = Math.Max(1, layout.Rows.Count);
        var columnsNeeded = Math.Max(Math.Max(layout.Width, ColumnPixels.Length), chart ? SummaryChart.AnchorColumn(layout) + 1 : 0);

        var requests = new List<Request>();
        int sheetId;
        int? addedSheetId = null;
        var oldCharts = new List<int>();
        if (summary is not null)
        {
            sheetId = SheetTabs.IdOf(summary);
            var grid = summary.Properties?.GridProperties;
            var rows = grid?.RowCount ?? 0;
            var columns = grid?.ColumnCount ?? 0;
            if (rowsNeeded > rows)
                requests.Add(new Request { AppendDimension = new AppendDimensionRequest { SheetId = sheetId, Dimension = "ROWS", Length = rowsNeeded - rows } });
            if (columnsNeeded > columns)
                requests.Add(new Request { AppendDimension = new AppendDimensionRequest { SheetId = sheetId, Dimension = "COLUMNS", Length = columnsNeeded - columns } });
            if (rows > 0 && columns > 0)
                requests.Add(new Request
                {
                    // No rows with a field mask: every cell of the old grid loses its value and its format.
                    UpdateCells = new UpdateCellsRequest
                    {
                        Range = new GridRange { SheetId = sheetId, StartRowIndex = 0, EndRowIndex = rows, StartColumnIndex = 0, EndColumnIndex = columns },
                        Fields = CellFields,
                    },
                });
            oldCharts.AddRange((summary.Charts ?? []).Select(c => c.ChartId).OfType<int>());
        }
        else
        {
            sheetId = SheetTabs.FreeId(used);
            used.Add(sheetId);
            addedSheetId = sheetId;
            requests.Add(new Request
            {
                AddSheet = new AddSheetRequest
                {
                    Properties = new SheetProperties
                    {
                        SheetId = sheetId,
                        Title = summaryTab,
                        GridProperties = new GridProperties { RowCount = Math.Max(rowsNeeded, 1000), ColumnCount = Math.Max(columnsNeeded, 26) },
                    },
                },
            });
        }

        requests.Add(new Request
        {
            UpdateCells = new UpdateCellsRequest
            {
                Start = new GridCoordinate { SheetId = sheetId, RowIndex = 0, ColumnIndex = 0 },
                Rows = layout.Rows.ToList(),
                Fields = CellFields,
            },
        });
        for (var column = 0; column < ColumnPixels.Length; column++)
            requests.Add(new Request
            {
                UpdateDimensionProperties = new UpdateDimensionPropertiesRequest
                {
                    Range = DimensionRange.Columns(sheetId, column, column + 1),
                    Properties = new DimensionProperties { PixelSize = ColumnPixels[column] },
                    Fields = "pixelSize",
                },
            });
        requests.AddRange(oldCharts.Select(c => new Request { DeleteEmbeddedObject = new DeleteEmbeddedObjectRequest { ObjectId = c } }));
        int? chartId = null;
        if (chart)
        {
            chartId = SheetTabs.FreeId(used);
            requests.Add(new Request { AddChart = new AddChartRequest { Chart = SummaryChart.Of(layout, sheetId, chartId.Value) } });
        }
        return new SummaryPlan(requests, addedSheetId, oldCharts, chartId);
    }
}
