using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>GridData</c>: cells of a range, with per-row properties.</summary>
internal sealed class GridData
{
    [JsonProperty("startRow")] public int? StartRow { get; set; }
    [JsonProperty("startColumn")] public int? StartColumn { get; set; }
    [JsonProperty("rowData")] public IList<RowData>? RowData { get; set; }
    [JsonProperty("rowMetadata")] public IList<DimensionProperties>? RowMetadata { get; set; }
}

/// <summary>Sheets v4 <c>RowData</c>.</summary>
internal sealed class RowData
{
    [JsonProperty("values")] public IList<CellData>? Values { get; set; }
}

/// <summary>Sheets v4 <c>CellData</c>.</summary>
internal sealed class CellData
{
    [JsonProperty("userEnteredValue")] public ExtendedValue? UserEnteredValue { get; set; }
    [JsonProperty("effectiveValue")] public ExtendedValue? EffectiveValue { get; set; }
    [JsonProperty("userEnteredFormat")] public CellFormat? UserEnteredFormat { get; set; }
    [JsonProperty("dataValidation")] public DataValidationRule? DataValidation { get; set; }
}

/// <summary>Sheets v4 <c>ExtendedValue</c>: exactly one member is set.</summary>
internal sealed class ExtendedValue
{
    [JsonProperty("numberValue")] public double? NumberValue { get; set; }
    [JsonProperty("stringValue")] public string? StringValue { get; set; }
    [JsonProperty("boolValue")] public bool? BoolValue { get; set; }
    [JsonProperty("formulaValue")] public string? FormulaValue { get; set; }
    [JsonProperty("errorValue")] public ErrorValue? ErrorValue { get; set; }
}

/// <summary>Sheets v4 <c>ErrorValue</c> (e.g. <c>#N/A</c>).</summary>
internal sealed class ErrorValue
{
    [JsonProperty("type")] public string? Type { get; set; }
    [JsonProperty("message")] public string? Message { get; set; }
}

/// <summary>Sheets v4 <c>DimensionProperties</c>: a row's or column's size and metadata.</summary>
internal sealed class DimensionProperties
{
    [JsonProperty("pixelSize")] public int? PixelSize { get; set; }
    [JsonProperty("developerMetadata")] public IList<DeveloperMetadata>? DeveloperMetadata { get; set; }
}
