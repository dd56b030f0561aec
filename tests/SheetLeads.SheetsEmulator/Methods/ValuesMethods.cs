using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>spreadsheets.values.get, batchGet, update, batchUpdate, clear, batchClear.</summary>
internal static class ValuesMethods
{
    public static string MajorDimension(string? value) => value is "COLUMNS" ? "COLUMNS" : "ROWS";

    public static string ValueRender(string? value) => value is "UNFORMATTED_VALUE" or "FORMULA" ? value : "FORMATTED_VALUE";

    public static string DateTimeRender(string? value) => value is "FORMATTED_STRING" ? value : "SERIAL_NUMBER";

    public static JsonNode Get(ApiCall call)
    {
        var area = GridArea.Resolve(call.Spreadsheet, call.Route.Range!);
        return ValueGrid.ValueRange(new CellRenderer(call.Spreadsheet), area, MajorDimension(call.Parameter("majorDimension")),
            ValueRender(call.Parameter("valueRenderOption")), DateTimeRender(call.Parameter("dateTimeRenderOption")));
    }

    public static JsonNode BatchGet(ApiCall call)
    {
        var renderer = new CellRenderer(call.Spreadsheet);
        var major = MajorDimension(call.Parameter("majorDimension"));
        var valueRender = ValueRender(call.Parameter("valueRenderOption"));
        var dateTimeRender = DateTimeRender(call.Parameter("dateTimeRenderOption"));
        var areas = call.Parameters("ranges").Select(r => GridArea.Resolve(call.Spreadsheet, r)).ToList();
        var json = new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id };
        if (areas.Count > 0)
            json["valueRanges"] = new JsonArray(areas.Select(a => (JsonNode)ValueGrid.ValueRange(renderer, a, major, valueRender, dateTimeRender)).ToArray());
        return json;
    }

    public static JsonNode Update(ApiCall call)
    {
        var input = ValueWriter.InputOption(call.Parameter("valueInputOption"));
        var body = call.RequiredBody;
        var range = call.Route.Range!;
        var response = WriteOne(call, range, body, input, call.Flag("includeValuesInResponse"),
            call.Parameter("responseValueRenderOption"), call.Parameter("responseDateTimeRenderOption"));
        return response;
    }

    public static JsonNode BatchUpdate(ApiCall call)
    {
        var body = call.RequiredBody;
        var input = ValueWriter.InputOption((string?)body["valueInputOption"]);
        var include = (bool?)body["includeValuesInResponse"] ?? false;
        var responses = new JsonArray();
        foreach (var item in body["data"] as JsonArray ?? [])
        {
            if (item is not JsonObject range)
                continue;
            responses.Add(WriteOne(call, (string?)range["range"] ?? throw ApiException.BadRequest("Invalid data[]: range is required."), range, input, include,
                (string?)body["responseValueRenderOption"], (string?)body["responseDateTimeRenderOption"]));
        }
        return Totals(call.Spreadsheet.Id, responses);
    }

    public static JsonObject Totals(string spreadsheetId, JsonArray responses)
    {
        var sheets = responses.OfType<JsonObject>()
            .Select(r => ((string?)r["updatedRange"])?.Split('!')[0])
            .Distinct()
            .Count();
        var json = new JsonObject
        {
            ["spreadsheetId"] = spreadsheetId,
            ["totalUpdatedRows"] = responses.Sum(r => (int?)r!["updatedRows"] ?? 0),
            ["totalUpdatedColumns"] = responses.Sum(r => (int?)r!["updatedColumns"] ?? 0),
            ["totalUpdatedCells"] = responses.Sum(r => (int?)r!["updatedCells"] ?? 0),
            ["totalUpdatedSheets"] = responses.Count == 0 ? 0 : sheets,
        };
        if (responses.Count > 0)
            json["responses"] = responses;
        return json;
    }

    private static JsonObject WriteOne(ApiCall call, string rangeText, JsonObject valueRange, string input, bool include, string? render, string? dateTimeRender)
    {
        var target = GridArea.Resolve(call.Spreadsheet, rangeText, allowBeyondGrid: true);
        var rows = ValueWriter.Rows(valueRange["values"], (string?)valueRange["majorDimension"]);
        var written = ValueWriter.Write(call.Spreadsheet, target, rows, input, rangeText, grow: false);
        return UpdateResponse(call, written, include, render, dateTimeRender);
    }

    public static JsonObject UpdateResponse(ApiCall call, ValueWriter.Written written, bool include, string? render, string? dateTimeRender)
    {
        var json = new JsonObject
        {
            ["spreadsheetId"] = call.Spreadsheet.Id,
            ["updatedRange"] = written.Area.ToA1(),
            ["updatedRows"] = written.Rows,
            ["updatedColumns"] = written.Columns,
            ["updatedCells"] = written.Cells,
        };
        if (include)
        {
            json["updatedData"] = ValueGrid.ValueRange(new CellRenderer(call.Spreadsheet), written.Area, "ROWS",
                ValueRender(render), DateTimeRender(dateTimeRender));
        }
        return json;
    }

    public static JsonNode Clear(ApiCall call)
    {
        var area = GridArea.Resolve(call.Spreadsheet, call.Route.Range!);
        ClearValues(area);
        return new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id, ["clearedRange"] = area.ToA1() };
    }

    public static JsonNode BatchClear(ApiCall call)
    {
        var areas = (call.RequiredBody["ranges"] as JsonArray ?? [])
            .Select(r => GridArea.Resolve(call.Spreadsheet, (string?)r ?? ""))
            .ToList();
        areas.ForEach(ClearValues);
        return new JsonObject
        {
            ["spreadsheetId"] = call.Spreadsheet.Id,
            ["clearedRanges"] = new JsonArray(areas.Select(a => (JsonNode)a.ToA1()).ToArray()),
        };
    }

    /// <summary>Clears values only; formats and validation stay, as Google's values.clear does.</summary>
    public static void ClearValues(GridArea area)
    {
        var last = Math.Min(area.EndRow, area.Sheet.RowCount);
        for (var r = area.StartRow; r < last; r++)
        {
            if (area.Sheet.Row(r) is not { } cells)
                continue;
            foreach (var column in cells.Keys.Where(c => c >= area.StartColumn && c < area.EndColumn).ToList())
                ValueWriter.SetValue(area.Sheet, r, column, null, null);
        }
    }
}
