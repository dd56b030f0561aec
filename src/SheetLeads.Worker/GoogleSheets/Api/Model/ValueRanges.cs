using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>ValueRange</c>. A null in <see cref="Values"/> leaves that cell as it is.</summary>
internal sealed class ValueRange
{
    [JsonProperty("range")] public string? Range { get; set; }
    [JsonProperty("majorDimension")] public string? MajorDimension { get; set; }
    [JsonProperty("values")] public IList<IList<object?>>? Values { get; set; }
}

/// <summary>Sheets v4 <c>UpdateValuesResponse</c>.</summary>
internal sealed class UpdateValuesResponse
{
    [JsonProperty("updatedRange")] public string? UpdatedRange { get; set; }
    [JsonProperty("updatedRows")] public int? UpdatedRows { get; set; }
    [JsonProperty("updatedCells")] public int? UpdatedCells { get; set; }
    [JsonProperty("updatedData")] public ValueRange? UpdatedData { get; set; }
}

/// <summary>Sheets v4 <c>AppendValuesResponse</c>.</summary>
internal sealed class AppendValuesResponse
{
    [JsonProperty("tableRange")] public string? TableRange { get; set; }
    [JsonProperty("updates")] public UpdateValuesResponse? Updates { get; set; }
}

/// <summary>Sheets v4 <c>BatchGetValuesResponse</c>.</summary>
internal sealed class BatchGetValuesResponse
{
    [JsonProperty("valueRanges")] public IList<ValueRange>? ValueRanges { get; set; }
}

/// <summary>Sheets v4 <c>BatchGetValuesByDataFilterRequest</c>.</summary>
internal sealed class BatchGetValuesByDataFilterRequest
{
    [JsonProperty("dataFilters")] public IList<DataFilter>? DataFilters { get; set; }
    [JsonProperty("majorDimension")] public string? MajorDimension { get; set; }
    [JsonProperty("valueRenderOption")] public string? ValueRenderOption { get; set; }
    [JsonProperty("dateTimeRenderOption")] public string? DateTimeRenderOption { get; set; }
}

/// <summary>Sheets v4 <c>BatchGetValuesByDataFilterResponse</c>.</summary>
internal sealed class BatchGetValuesByDataFilterResponse
{
    [JsonProperty("valueRanges")] public IList<MatchedValueRange>? ValueRanges { get; set; }
}

/// <summary>Sheets v4 <c>MatchedValueRange</c>: the values one of the request's filters matched.</summary>
internal sealed class MatchedValueRange
{
    [JsonProperty("valueRange")] public ValueRange? ValueRange { get; set; }
    [JsonProperty("dataFilters")] public IList<DataFilter>? DataFilters { get; set; }
}

/// <summary>Sheets v4 <c>BatchUpdateValuesByDataFilterRequest</c>.</summary>
internal sealed class BatchUpdateValuesByDataFilterRequest
{
    [JsonProperty("data")] public IList<DataFilterValueRange>? Data { get; set; }
    [JsonProperty("valueInputOption")] public string? ValueInputOption { get; set; }
    [JsonProperty("includeValuesInResponse")] public bool? IncludeValuesInResponse { get; set; }
    [JsonProperty("responseValueRenderOption")] public string? ResponseValueRenderOption { get; set; }
    [JsonProperty("responseDateTimeRenderOption")] public string? ResponseDateTimeRenderOption { get; set; }
}

/// <summary>Sheets v4 <c>DataFilterValueRange</c>.</summary>
internal sealed class DataFilterValueRange
{
    [JsonProperty("dataFilter")] public DataFilter? DataFilter { get; set; }
    [JsonProperty("majorDimension")] public string? MajorDimension { get; set; }
    [JsonProperty("values")] public IList<IList<object?>>? Values { get; set; }
}

/// <summary>Sheets v4 <c>BatchUpdateValuesByDataFilterResponse</c>.</summary>
internal sealed class BatchUpdateValuesByDataFilterResponse
{
    [JsonProperty("totalUpdatedCells")] public int? TotalUpdatedCells { get; set; }
    [JsonProperty("responses")] public IList<UpdateValuesByDataFilterResponse>? Responses { get; set; }
}

/// <summary>Sheets v4 <c>UpdateValuesByDataFilterResponse</c>.</summary>
internal sealed class UpdateValuesByDataFilterResponse
{
    [JsonProperty("updatedRange")] public string? UpdatedRange { get; set; }
    [JsonProperty("updatedCells")] public int? UpdatedCells { get; set; }
    [JsonProperty("dataFilter")] public DataFilter? DataFilter { get; set; }
    [JsonProperty("updatedData")] public ValueRange? UpdatedData { get; set; }
}
