using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>values.batchGetByDataFilter, batchUpdateByDataFilter and batchClearByDataFilter.</summary>
internal static class DataFilterValuesMethods
{
    public static JsonNode BatchGet(ApiCall call)
    {
        var body = call.RequiredBody;
        var renderer = new CellRenderer(call.Spreadsheet);
        var major = ValuesMethods.MajorDimension((string?)body["majorDimension"]);
        var render = ValuesMethods.ValueRender((string?)body["valueRenderOption"]);
        var dateTime = ValuesMethods.DateTimeRender((string?)body["dateTimeRenderOption"]);
        var matched = new JsonArray();
        foreach (var filter in (body["dataFilters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var area in DataFilters.Areas(call.Spreadsheet, filter))
            {
                matched.Add(new JsonObject
                {
                    ["valueRange"] = ValueGrid.ValueRange(renderer, area, major, render, dateTime),
                    ["dataFilters"] = new JsonArray(filter.DeepClone()),
                });
            }
        }
        var json = new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id };
        if (matched.Count > 0)
            json["valueRanges"] = matched;
        return json;
    }

    /// <summary>Each DataFilterValueRange writes into every range its filter selects; a filter that selects nothing writes nothing.</summary>
    public static JsonNode BatchUpdate(ApiCall call)
    {
        var body = call.RequiredBody;
        var input = ValueWriter.InputOption((string?)body["valueInputOption"]);
        var include = (bool?)body["includeValuesInResponse"] ?? false;
        var responses = new JsonArray();
        foreach (var item in (body["data"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var filter = item["dataFilter"] as JsonObject ?? throw ApiException.BadRequest("Invalid data[]: dataFilter is required.");
            var rows = ValueWriter.Rows(item["values"], (string?)item["majorDimension"]);
            foreach (var area in DataFilters.Areas(call.Spreadsheet, filter))
            {
                var written = ValueWriter.Write(call.Spreadsheet, area, rows, input, area.ToA1(), grow: false);
                var response = ValuesMethods.UpdateResponse(call, written, include,
                    (string?)body["responseValueRenderOption"], (string?)body["responseDateTimeRenderOption"]);
                response.Remove("spreadsheetId");
                response["dataFilter"] = filter.DeepClone();
                responses.Add(response);
            }
        }
        return ValuesMethods.Totals(call.Spreadsheet.Id, responses);
    }

    public static JsonNode BatchClear(ApiCall call)
    {
        var cleared = new JsonArray();
        foreach (var filter in (call.RequiredBody["dataFilters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var area in DataFilters.Areas(call.Spreadsheet, filter))
            {
                ValuesMethods.ClearValues(area);
                cleared.Add(area.ToA1());
            }
        }
        return new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id, ["clearedRanges"] = cleared };
    }
}
