using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Summary;

/// <summary>
/// The chart of the weekly leads-by-source table: stacked columns, one per week (the domain is the week column),
/// one series per source, each range starting at the table's header row (headerCount 1, so the headers name the
/// series), placed beside the tables.
/// </summary>
internal static class SummaryChart
{
    public const int WidthPixels = 640;
    public const int HeightPixels = 380;

    /// <summary>The zero-based column the chart is anchored in: one empty column right of the widest table.</summary>
    public static int AnchorColumn(SummaryLayout layout) => layout.Width + 1;

    /// <summary>Whether there is anything to chart: at least one week and one source.</summary>
    public static bool Wanted(SummaryLayout layout) => layout.WeeklyRows > 0 && layout.WeeklyWidth > 1;

    /// <summary>The chart to add on the Summary tab (<paramref name="sheetId"/>).</summary>
    public static EmbeddedChart Of(SummaryLayout layout, int sheetId, int chartId)
    {
        GridRange Column(int column) => new()
        {
            SheetId = sheetId,
            StartRowIndex = layout.WeeklyHeaderRow,
            EndRowIndex = layout.WeeklyHeaderRow + 1 + layout.WeeklyRows,
            StartColumnIndex = column,
            EndColumnIndex = column + 1,
        };

        return new EmbeddedChart
        {
            ChartId = chartId,
            Spec = new ChartSpec
            {
                Title = SummaryLabels.LeadsPerWeek,
                BasicChart = new BasicChartSpec
                {
                    ChartType = "COLUMN",
                    StackedType = "STACKED",
                    LegendPosition = "BOTTOM_LEGEND",
                    HeaderCount = 1,
                    Axis =
                    [
                        new BasicChartAxis { Position = "BOTTOM_AXIS", Title = "Week" },
                        new BasicChartAxis { Position = "LEFT_AXIS", Title = "Leads" },
                    ],
                    Domains = [new BasicChartDomain { Domain = ChartData.Of(Column(0)) }],
                    Series = Enumerable.Range(1, layout.WeeklyWidth - 1)
                        .Select(c => new BasicChartSeries { Series = ChartData.Of(Column(c)), TargetAxis = "LEFT_AXIS" })
                        .ToList(),
                },
            },
            Position = new EmbeddedObjectPosition
            {
                OverlayPosition = new OverlayPosition
                {
                    AnchorCell = new GridCoordinate { SheetId = sheetId, RowIndex = layout.KeyFiguresRow, ColumnIndex = AnchorColumn(layout) },
                    WidthPixels = WidthPixels,
                    HeightPixels = HeightPixels,
                },
            },
        };
    }
}
