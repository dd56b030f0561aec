using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Methods;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>
/// spreadsheets.batchUpdate: requests apply in order to a working copy; if any fails the copy is dropped and nothing
/// changes (Google's batches are atomic). An error names the request: "Invalid requests[2].addSheet: ...".
/// </summary>
internal static class BatchUpdate
{
    private static readonly HashSet<string> KnownToGoogle =
    [
        "addBanding", "addChart", "addConditionalFormatRule", "addDimensionGroup", "addFilterView", "addNamedRange", "addProtectedRange",
        "addSheet", "appendCells", "appendDimension", "autoFill", "autoResizeDimensions", "clearBasicFilter", "copyPaste",
        "createDeveloperMetadata", "cutPaste", "deleteBanding", "deleteConditionalFormatRule", "deleteDeveloperMetadata", "deleteDimension",
        "deleteDimensionGroup", "deleteEmbeddedObject", "deleteFilterView", "deleteNamedRange", "deleteProtectedRange", "deleteRange",
        "deleteSheet", "duplicateFilterView", "duplicateSheet", "findReplace", "insertDimension", "insertRange", "mergeCells", "moveDimension",
        "pasteData", "randomizeRange", "repeatCell", "setBasicFilter", "setDataValidation", "sortRange", "textToColumns", "unmergeCells",
        "updateBanding", "updateBorders", "updateCells", "updateChartSpec", "updateConditionalFormatRule", "updateDeveloperMetadata",
        "updateDimensionGroup", "updateDimensionProperties", "updateEmbeddedObjectPosition", "updateFilterView", "updateNamedRange",
        "updateProtectedRange", "updateSheetProperties", "updateSpreadsheetProperties",
    ];

    public static JsonNode Execute(ApiCall call)
    {
        var body = call.RequiredBody;
        var requests = body["requests"] as JsonArray ?? [];
        var replies = new JsonArray();
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i] is not JsonObject request || request.Count != 1)
                throw ApiException.BadRequest($"Invalid requests[{i}]: exactly one kind of request must be set.");
            var (kind, node) = request.First();
            if (!KnownToGoogle.Contains(kind))
                throw ApiException.BadRequest($"Invalid JSON payload received. Unknown name \"{kind}\" at 'requests[{i}]': Cannot find field.");
            var args = node as JsonObject ?? [];
            try
            {
                replies.Add(Apply(call, kind, args));
            }
            catch (ApiException e) when (e.Code == 400)
            {
                throw ApiException.BadRequest($"Invalid requests[{i}].{kind}: {e.Message}");
            }
        }
        var json = new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id, ["replies"] = replies };
        if ((bool?)body["includeSpreadsheetInResponse"] == true)
        {
            var ranges = (body["responseRanges"] as JsonArray ?? []).Select(r => A1.GridArea.Resolve(call.Spreadsheet, (string?)r ?? "")).ToList();
            json["updatedSpreadsheet"] = SpreadsheetJson.Build(call.Spreadsheet, ranges, (bool?)body["responseIncludeGridData"] ?? false);
        }
        return json;
    }

    private static JsonObject Apply(ApiCall call, string kind, JsonObject args)
    {
        var s = call.Spreadsheet;
        return kind switch
        {
            "addSheet" => SheetRequests.AddSheet(s, args),
            "updateSheetProperties" => SheetRequests.UpdateSheetProperties(s, args),
            "deleteSheet" => SheetRequests.DeleteSheet(s, args),
            "updateSpreadsheetProperties" => SheetRequests.UpdateSpreadsheetProperties(s, args),
            "appendDimension" => SheetRequests.AppendDimension(s, args),
            "insertDimension" => SheetRequests.InsertDimension(s, args),
            "deleteDimension" => SheetRequests.DeleteDimension(s, args),
            "updateDimensionProperties" => SheetRequests.UpdateDimensionProperties(s, args),
            "autoResizeDimensions" => [],
            "updateCells" => CellRequests.UpdateCells(s, args),
            "repeatCell" => CellRequests.RepeatCell(s, args),
            "setDataValidation" => CellRequests.SetDataValidation(s, args),
            "sortRange" => CellRequests.SortRange(s, args),
            "setBasicFilter" => FilterChartRequests.SetBasicFilter(s, args),
            "clearBasicFilter" => FilterChartRequests.ClearBasicFilter(s, args),
            "addChart" => FilterChartRequests.AddChart(s, args),
            "updateChartSpec" => FilterChartRequests.UpdateChartSpec(s, args),
            "deleteEmbeddedObject" => FilterChartRequests.DeleteEmbeddedObject(s, args),
            "addConditionalFormatRule" => FilterChartRequests.AddConditionalFormatRule(s, args),
            "deleteConditionalFormatRule" => FilterChartRequests.DeleteConditionalFormatRule(s, args),
            "createDeveloperMetadata" => MetadataRequests.Create(s, args),
            "updateDeveloperMetadata" => MetadataRequests.Update(s, args),
            "deleteDeveloperMetadata" => MetadataRequests.Delete(s, args),
            _ => throw ApiException.BadRequest($"the emulator does not implement {kind}."),
        };
    }
}
