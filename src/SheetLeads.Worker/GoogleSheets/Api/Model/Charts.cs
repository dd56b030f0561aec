using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>EmbeddedChart</c>.</summary>
internal sealed class EmbeddedChart
{
    [JsonProperty("chartId")] public int? ChartId { get; set; }
    [JsonProperty("spec")] public ChartSpec? Spec { get; set; }
    [JsonProperty("position")] public EmbeddedObjectPosition? Position { get; set; }
}

internal sealed class AddChartRequest
{
    [JsonProperty("chart")] public EmbeddedChart? Chart { get; set; }
}

internal sealed class AddChartResponse
{
    [JsonProperty("chart")] public EmbeddedChart? Chart { get; set; }
}

/// <summary>Sheets v4 <c>ChartSpec</c> (basic charts only).</summary>
internal sealed class ChartSpec
{
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("basicChart")] public BasicChartSpec? BasicChart { get; set; }
}

/// <summary>Sheets v4 <c>BasicChartSpec</c>.</summary>
internal sealed class BasicChartSpec
{
    [JsonProperty("chartType")] public string? ChartType { get; set; }
    [JsonProperty("legendPosition")] public string? LegendPosition { get; set; }
    [JsonProperty("stackedType")] public string? StackedType { get; set; }
    [JsonProperty("headerCount")] public int? HeaderCount { get; set; }
    [JsonProperty("axis")] public IList<BasicChartAxis>? Axis { get; set; }
    [JsonProperty("domains")] public IList<BasicChartDomain>? Domains { get; set; }
    [JsonProperty("series")] public IList<BasicChartSeries>? Series { get; set; }
}

internal sealed class BasicChartAxis
{
    [JsonProperty("position")] public string? Position { get; set; }
    [JsonProperty("title")] public string? Title { get; set; }
}

internal sealed class BasicChartDomain
{
    [JsonProperty("domain")] public ChartData? Domain { get; set; }
}

internal sealed class BasicChartSeries
{
    [JsonProperty("series")] public ChartData? Series { get; set; }
    [JsonProperty("targetAxis")] public string? TargetAxis { get; set; }
}

/// <summary>Sheets v4 <c>ChartData</c>.</summary>
internal sealed class ChartData
{
    [JsonProperty("sourceRange")] public ChartSourceRange? SourceRange { get; set; }

    /// <summary>Chart data read from one range.</summary>
    public static ChartData Of(GridRange range) => new() { SourceRange = new ChartSourceRange { Sources = [range] } };
}

internal sealed class ChartSourceRange
{
    [JsonProperty("sources")] public IList<GridRange>? Sources { get; set; }
}

/// <summary>Sheets v4 <c>EmbeddedObjectPosition</c>.</summary>
internal sealed class EmbeddedObjectPosition
{
    [JsonProperty("overlayPosition")] public OverlayPosition? OverlayPosition { get; set; }
}

internal sealed class OverlayPosition
{
    [JsonProperty("anchorCell")] public GridCoordinate? AnchorCell { get; set; }
    [JsonProperty("widthPixels")] public int? WidthPixels { get; set; }
    [JsonProperty("heightPixels")] public int? HeightPixels { get; set; }
}
