using Newtonsoft.Json;

namespace SheetLeads.Worker.GoogleSheets.Api.Model;

/// <summary>Sheets v4 <c>BatchUpdateSpreadsheetRequest</c>: applied all or nothing.</summary>
internal sealed class BatchUpdateSpreadsheetRequest
{
    [JsonProperty("requests")] public IList<Request> Requests { get; set; } = [];
}

/// <summary>Sheets v4 <c>BatchUpdateSpreadsheetResponse</c>: one reply per request, in order.</summary>
internal sealed class BatchUpdateSpreadsheetResponse
{
    [JsonProperty("replies")] public IList<Response>? Replies { get; set; }
}

/// <summary>Sheets v4 <c>Request</c>: exactly one member is set.</summary>
internal sealed class Request
{
    [JsonProperty("addSheet")] public AddSheetRequest? AddSheet { get; set; }
    [JsonProperty("updateSheetProperties")] public UpdateSheetPropertiesRequest? UpdateSheetProperties { get; set; }
    [JsonProperty("updateCells")] public UpdateCellsRequest? UpdateCells { get; set; }
    [JsonProperty("repeatCell")] public RepeatCellRequest? RepeatCell { get; set; }
    [JsonProperty("setDataValidation")] public SetDataValidationRequest? SetDataValidation { get; set; }
    [JsonProperty("setBasicFilter")] public SetBasicFilterRequest? SetBasicFilter { get; set; }
    [JsonProperty("updateDimensionProperties")] public UpdateDimensionPropertiesRequest? UpdateDimensionProperties { get; set; }
    [JsonProperty("appendDimension")] public AppendDimensionRequest? AppendDimension { get; set; }
    [JsonProperty("addChart")] public AddChartRequest? AddChart { get; set; }
    [JsonProperty("deleteEmbeddedObject")] public DeleteEmbeddedObjectRequest? DeleteEmbeddedObject { get; set; }
    [JsonProperty("createDeveloperMetadata")] public CreateDeveloperMetadataRequest? CreateDeveloperMetadata { get; set; }
    [JsonProperty("updateDeveloperMetadata")] public UpdateDeveloperMetadataRequest? UpdateDeveloperMetadata { get; set; }
    [JsonProperty("deleteDeveloperMetadata")] public DeleteDeveloperMetadataRequest? DeleteDeveloperMetadata { get; set; }
}

/// <summary>Sheets v4 <c>Response</c>: the reply to one request (empty for most kinds).</summary>
internal sealed class Response
{
    [JsonProperty("addSheet")] public AddSheetResponse? AddSheet { get; set; }
    [JsonProperty("addChart")] public AddChartResponse? AddChart { get; set; }
    [JsonProperty("createDeveloperMetadata")] public CreateDeveloperMetadataResponse? CreateDeveloperMetadata { get; set; }
}

internal sealed class AddSheetRequest
{
    [JsonProperty("properties")] public SheetProperties? Properties { get; set; }
}

internal sealed class AddSheetResponse
{
    [JsonProperty("properties")] public SheetProperties? Properties { get; set; }
}

internal sealed class UpdateSheetPropertiesRequest
{
    [JsonProperty("properties")] public SheetProperties? Properties { get; set; }
    [JsonProperty("fields")] public string? Fields { get; set; }
}

internal sealed class UpdateCellsRequest
{
    [JsonProperty("rows")] public IList<RowData>? Rows { get; set; }
    [JsonProperty("fields")] public string? Fields { get; set; }
    [JsonProperty("start")] public GridCoordinate? Start { get; set; }
    [JsonProperty("range")] public GridRange? Range { get; set; }
}

internal sealed class RepeatCellRequest
{
    [JsonProperty("range")] public GridRange? Range { get; set; }
    [JsonProperty("cell")] public CellData? Cell { get; set; }
    [JsonProperty("fields")] public string? Fields { get; set; }
}

internal sealed class SetDataValidationRequest
{
    [JsonProperty("range")] public GridRange? Range { get; set; }
    [JsonProperty("rule")] public DataValidationRule? Rule { get; set; }
}

internal sealed class SetBasicFilterRequest
{
    [JsonProperty("filter")] public BasicFilter? Filter { get; set; }
}

internal sealed class UpdateDimensionPropertiesRequest
{
    [JsonProperty("range")] public DimensionRange? Range { get; set; }
    [JsonProperty("properties")] public DimensionProperties? Properties { get; set; }
    [JsonProperty("fields")] public string? Fields { get; set; }
}

internal sealed class AppendDimensionRequest
{
    [JsonProperty("sheetId")] public int? SheetId { get; set; }
    [JsonProperty("dimension")] public string? Dimension { get; set; }
    [JsonProperty("length")] public int? Length { get; set; }
}

internal sealed class DeleteEmbeddedObjectRequest
{
    [JsonProperty("objectId")] public int? ObjectId { get; set; }
}

internal sealed class CreateDeveloperMetadataRequest
{
    [JsonProperty("developerMetadata")] public DeveloperMetadata? DeveloperMetadata { get; set; }
}

internal sealed class CreateDeveloperMetadataResponse
{
    [JsonProperty("developerMetadata")] public DeveloperMetadata? DeveloperMetadata { get; set; }
}

internal sealed class UpdateDeveloperMetadataRequest
{
    [JsonProperty("dataFilters")] public IList<DataFilter>? DataFilters { get; set; }
    [JsonProperty("developerMetadata")] public DeveloperMetadata? DeveloperMetadata { get; set; }
    [JsonProperty("fields")] public string? Fields { get; set; }
}

internal sealed class DeleteDeveloperMetadataRequest
{
    [JsonProperty("dataFilter")] public DataFilter? DataFilter { get; set; }
}
