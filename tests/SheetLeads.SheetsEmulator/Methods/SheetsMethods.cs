using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Requests;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>Dispatches a routed call to its method.</summary>
internal static class SheetsMethods
{
    public static JsonNode Execute(ApiCall call) => call.Route.Method switch
    {
        "spreadsheets.get" => SpreadsheetJson.Get(call),
        "spreadsheets.getByDataFilter" => SpreadsheetJson.GetByDataFilter(call),
        "spreadsheets.batchUpdate" => BatchUpdate.Execute(call),
        "values.get" => ValuesMethods.Get(call),
        "values.batchGet" => ValuesMethods.BatchGet(call),
        "values.update" => ValuesMethods.Update(call),
        "values.batchUpdate" => ValuesMethods.BatchUpdate(call),
        "values.clear" => ValuesMethods.Clear(call),
        "values.batchClear" => ValuesMethods.BatchClear(call),
        "values.append" => AppendMethod.Execute(call),
        "values.batchGetByDataFilter" => DataFilterValuesMethods.BatchGet(call),
        "values.batchUpdateByDataFilter" => DataFilterValuesMethods.BatchUpdate(call),
        "values.batchClearByDataFilter" => DataFilterValuesMethods.BatchClear(call),
        "developerMetadata.get" => DeveloperMetadataMethods.Get(call),
        "developerMetadata.search" => DeveloperMetadataMethods.Search(call),
        _ => throw ApiException.NotFound(),
    };
}
