using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>GridRange</c>: zero-based, end exclusive; an index left out means unbounded.</summary>
internal sealed class GridRange
{
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("startRowIndex")] public int? StartRowIndex { get; set; }
    [JsonProperty("endRowIndex")] public int? EndRowIndex { get; set; }
    [JsonProperty("startColumnIndex")] public int? StartColumnIndex { get; set; }
    [JsonProperty("endColumnIndex")] public int? EndColumnIndex { get; set; }
}

/// <summary>Sheets v4 <c>GridCoordinate</c>: zero-based.</summary>
internal sealed class GridCoordinate
{
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("rowIndex")] public int? RowIndex { get; set; }
    [JsonProperty("columnIndex")] public int? ColumnIndex { get; set; }
}

/// <summary>Sheets v4 <c>DimensionRange</c>: rows or columns, zero-based, end exclusive.</summary>
internal sealed class DimensionRange
{
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("dimension")] public string? Dimension { get; set; }
    [JsonProperty("startIndex")] public int? StartIndex { get; set; }
    [JsonProperty("endIndex")] public int? EndIndex { get; set; }

    /// <summary>Rows <paramref name="start"/> to <paramref name="end"/> (zero-based, end exclusive).</summary>
    public static DimensionRange Rows(int sheetId, int start, int end) => new() { SheetId = sheetId, Dimension = "ROWS", StartIndex = start, EndIndex = end };

    /// <summary>Columns <paramref name="start"/> to <paramref name="end"/> (zero-based, end exclusive).</summary>
    public static DimensionRange Columns(int sheetId, int start, int end) => new() { SheetId = sheetId, Dimension = "COLUMNS", StartIndex = start, EndIndex = end };
}
