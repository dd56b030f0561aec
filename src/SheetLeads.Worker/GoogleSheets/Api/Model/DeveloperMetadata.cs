using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>DeveloperMetadata</c>: a key and value on the spreadsheet, a tab, a row or a column.</summary>
internal sealed class DeveloperMetadata
{
    [JsonProperty("metadataId")] public int? MetadataId { get; set; }
    [JsonProperty("metadataKey")] public string? MetadataKey { get; set; }
    [JsonProperty("metadataValue")] public string? MetadataValue { get; set; }
    [JsonProperty("location")] public DeveloperMetadataLocation? Location { get; set; }
    [JsonProperty("visibility")] public string? Visibility { get; set; }
}

/// <summary>Sheets v4 <c>DeveloperMetadataLocation</c>: exactly one of spreadsheet, sheetId, dimensionRange.</summary>
internal sealed class DeveloperMetadataLocation
{
    [JsonProperty("locationType")] public string? LocationType { get; set; }
    [JsonProperty("spreadsheet")] public bool? Spreadsheet { get; set; }
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("dimensionRange")] public DimensionRange? DimensionRange { get; set; }
}

/// <summary>Sheets v4 <c>DataFilter</c>: exactly one of the members.</summary>
internal sealed class DataFilter
{
    [JsonProperty("developerMetadataLookup")] public DeveloperMetadataLookup? DeveloperMetadataLookup { get; set; }
    [JsonProperty("a1Range")] public string? A1Range { get; set; }
    [JsonProperty("gridRange")] public GridRange? GridRange { get; set; }
}

/// <summary>Sheets v4 <c>DeveloperMetadataLookup</c>.</summary>
internal sealed class DeveloperMetadataLookup
{
    [JsonProperty("metadataId")] public int? MetadataId { get; set; }
    [JsonProperty("metadataKey")] public string? MetadataKey { get; set; }
    [JsonProperty("metadataValue")] public string? MetadataValue { get; set; }
    [JsonProperty("locationType")] public string? LocationType { get; set; }
    [JsonProperty("visibility")] public string? Visibility { get; set; }
}
