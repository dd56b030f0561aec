using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>Spreadsheet</c>: only the members SheetLeads reads or writes.</summary>
internal sealed class Spreadsheet
{
    [JsonProperty("spreadsheetId")] public string? SpreadsheetId { get; set; }
    [JsonProperty("properties")] public SpreadsheetProperties? Properties { get; set; }
    [JsonProperty("sheets")] public IList<Sheet>? Sheets { get; set; }
    [JsonProperty("developerMetadata")] public IList<DeveloperMetadata>? DeveloperMetadata { get; set; }
}

/// <summary>Sheets v4 <c>SpreadsheetProperties</c>.</summary>
internal sealed class SpreadsheetProperties
{
    [JsonProperty("title")] public string? Title { get; set; }
}

/// <summary>Sheets v4 <c>Sheet</c> (a tab).</summary>
internal sealed class Sheet
{
    [JsonProperty("properties")] public SheetProperties? Properties { get; set; }
    [JsonProperty("data")] public IList<GridData>? Data { get; set; }
    [JsonProperty("charts")] public IList<EmbeddedChart>? Charts { get; set; }
    [JsonProperty("basicFilter")] public BasicFilter? BasicFilter { get; set; }
    [JsonProperty("developerMetadata")] public IList<DeveloperMetadata>? DeveloperMetadata { get; set; }
}

/// <summary>Sheets v4 <c>SheetProperties</c>.</summary>
internal sealed class SheetProperties
{
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("index")] public int? Index { get; set; }
    [JsonProperty("gridProperties")] public GridProperties? GridProperties { get; set; }
}

/// <summary>Sheets v4 <c>GridProperties</c>.</summary>
internal sealed class GridProperties
{
    [JsonProperty("rowCount")] public int? RowCount { get; set; }
    [JsonProperty("columnCount")] public int? ColumnCount { get; set; }
    [JsonProperty("frozenRowCount")] public int? FrozenRowCount { get; set; }
}

/// <summary>Sheets v4 <c>BasicFilter</c> (the tab's filter; criteria are the team's and never sent).</summary>
internal sealed class BasicFilter
{
    [JsonProperty("range")] public GridRange? Range { get; set; }
}
