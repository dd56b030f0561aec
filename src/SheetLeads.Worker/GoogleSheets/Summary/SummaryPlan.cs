using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Summary;

/// <summary>
/// The one batchUpdate that writes the Summary, and how to tell afterwards whether it was applied (for a write whose
/// answer was lost): the batch is atomic, so any one of its effects that a resend would not repeat — the tab it
/// added, the chart it added (with an id chosen here), an old chart it deleted — shows all of it was applied.
/// </summary>
/// <param name="Requests">The batch's requests, in order.</param>
/// <param name="AddedSheetId">The sheetId of the tab it adds, if it adds one.</param>
/// <param name="DeletedCharts">The old charts it deletes.</param>
/// <param name="ChartId">The id of the chart it adds, if any.</param>
internal sealed record SummaryPlan(IList<Request> Requests, int? AddedSheetId, IReadOnlyList<int> DeletedCharts, int? ChartId)
{
    /// <summary>
    /// Whether the spreadsheet (its tabs and chart ids) shows the batch applied. False when nothing tells: such a
    /// batch only rewrites cells and widths (and may grow the grid again), which is safe to send twice.
    /// </summary>
    public bool IsApplied(Spreadsheet now)
    {
        var sheets = now.Sheets ?? [];
        var charts = sheets.SelectMany(s => s.Charts ?? []).Select(c => c.ChartId).OfType<int>().ToHashSet();
        if (ChartId is { } chart)
            return charts.Contains(chart);
        if (AddedSheetId is { } added)
            return sheets.Any(s => (s.Properties?.SheetId ?? 0) == added);
        if (DeletedCharts.Count > 0)
            return !charts.Contains(DeletedCharts[0]);
        return false;
    }
}
