using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Summary;

/// <summary>
/// The Summary tab's rows, laid out as the workbook's Summary tab: alerts in bold red at the top (then a blank row),
/// the Key figures block (bold title with the <c>updated</c> stamp beside it, label in A, value in B), then each
/// table with a blank row before it, a bold title row and a bold header row, the weekly table last.
/// </summary>
internal sealed class SummaryLayout
{
    private readonly List<RowData> _rows = [];

    private SummaryLayout()
    {
    }

    /// <summary>The rows from A1 down; a blank row has no values.</summary>
    public IReadOnlyList<RowData> Rows => _rows;

    /// <summary>The widest row's column count (at least 2: the Key figures block).</summary>
    public int Width { get; private set; } = 2;

    /// <summary>The zero-based row of the weekly table's header.</summary>
    public int WeeklyHeaderRow { get; private set; }

    /// <summary>The weekly table's width (the week column and one column per source).</summary>
    public int WeeklyWidth { get; private set; }

    /// <summary>The weekly table's data rows.</summary>
    public int WeeklyRows { get; private set; }

    /// <summary>The zero-based row of the Key figures title (the first row after the alerts).</summary>
    public int KeyFiguresRow { get; private set; }

    /// <summary>Lays the report out; links point at rows of the tab whose sheetId is <paramref name="leadsSheetId"/>.</summary>
    public static SummaryLayout Of(SummaryReport report, int? leadsSheetId)
    {
        var layout = new SummaryLayout();
        foreach (var alert in report.Alerts)
            layout.Add([SummaryCellData.Text(alert, SummaryLook.Alert)]);
        if (report.Alerts.Count > 0)
            layout.Add([]);

        layout.KeyFiguresRow = layout._rows.Count;
        layout.Add([SummaryCellData.Text(SummaryLabels.KeyFigures, SummaryLook.Bold), SummaryCellData.Stamp(report.UpdatedAt)]);
        foreach (var figure in report.KeyFigures)
            layout.Add([SummaryCellData.Text(figure.Label), SummaryCellData.Of(figure.Value, SummaryLook.Normal, leadsSheetId)]);

        foreach (var table in report.Tables)
            layout.Table(table, leadsSheetId);

        layout.Table(report.WeeklyBySource, leadsSheetId);
        layout.WeeklyHeaderRow = layout._rows.Count - report.WeeklyBySource.Rows.Count - 1;
        layout.WeeklyWidth = report.WeeklyBySource.Header.Count;
        layout.WeeklyRows = report.WeeklyBySource.Rows.Count;
        return layout;
    }

    private void Table(SummaryTable table, int? leadsSheetId)
    {
        Add([]);
        Add([SummaryCellData.Text(table.Title, SummaryLook.Bold)]);
        Add(table.Header.Select((h, i) => SummaryCellData.Text(h, table.IsNumeric(i) ? SummaryLook.BoldRight : SummaryLook.Bold)).ToList());
        foreach (var cells in table.Rows)
            Add(cells.Select(c => SummaryCellData.Of(c, SummaryLook.Normal, leadsSheetId)).ToList());
    }

    private void Add(List<CellData> cells)
    {
        _rows.Add(new RowData { Values = cells });
        Width = Math.Max(Width, cells.Count);
    }
}
