using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Model;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>
/// spreadsheets.get and getByDataFilter. Grid data comes with includeGridData=true, or when the fields mask asks for
/// sheets' data (Google ignores includeGridData when a mask is given); ranges limit the tabs and the data returned.
/// </summary>
internal static class SpreadsheetJson
{
    public static JsonNode Get(ApiCall call)
    {
        var areas = call.Parameters("ranges").Select(r => GridArea.Resolve(call.Spreadsheet, r)).ToList();
        var fields = call.Parameter("fields");
        return Build(call.Spreadsheet, areas, WantsData(fields, call.Flag("includeGridData")), CellFields(fields));
    }

    public static JsonNode GetByDataFilter(ApiCall call)
    {
        var body = call.RequiredBody;
        var areas = (body["dataFilters"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(f => DataFilters.Areas(call.Spreadsheet, f))
            .ToList();
        var fields = call.Parameter("fields");
        return Build(call.Spreadsheet, areas, WantsData(fields, (bool?)body["includeGridData"] ?? false), CellFields(fields));
    }

    private static bool WantsData(string? fields, bool includeGridData) =>
        fields is null
            ? includeGridData
            : Requests.FieldMask.Paths(fields).Any(p => p == "*" || p.Split('.').Contains("data") || p.StartsWith("sheets.*", StringComparison.Ordinal));

    // Which CellData fields the mask asks for ("sheets.data.rowData.values.effectiveValue"): only those are computed,
    // as the partial response would drop the rest anyway.
    private static Func<string, bool> CellFields(string? fields)
    {
        if (fields is null)
            return _ => true;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Requests.FieldMask.Paths(fields.Replace('/', '.')).Select(p => p.Split('.')))
        {
            var values = Array.IndexOf(path, "values");
            if (values >= 0 && values + 1 < path.Length && path[values + 1] != "*")
                wanted.Add(path[values + 1]);
            else if (values >= 0 || path.Contains("*") || path[^1] is "data" or "rowData")
                return _ => true;
        }
        return wanted.Contains;
    }

    public static JsonObject Build(SpreadsheetState spreadsheet, IReadOnlyList<GridArea> areas, bool withData, Func<string, bool>? cellFields = null)
    {
        cellFields ??= _ => true;
        var renderer = new CellRenderer(spreadsheet);
        var sheets = new JsonArray();
        for (var index = 0; index < spreadsheet.Sheets.Count; index++)
        {
            var sheet = spreadsheet.Sheets[index];
            var mine = areas.Where(a => a.Sheet == sheet).ToList();
            if (areas.Count > 0 && mine.Count == 0)
                continue;
            var json = new JsonObject { ["properties"] = SheetProperties(sheet, index) };
            if (withData)
            {
                var blocks = mine.Count > 0 ? mine : [new GridArea(sheet, 0, sheet.RowCount, 0, sheet.ColumnCount)];
                json["data"] = new JsonArray(blocks.Select(b => (JsonNode)GridData(spreadsheet, renderer, b, cellFields)).ToArray());
            }
            if (sheet.ConditionalFormats.Count > 0)
                json["conditionalFormats"] = new JsonArray(sheet.ConditionalFormats.Select(c => c.DeepClone()).ToArray());
            if (sheet.BasicFilter is not null)
                json["basicFilter"] = sheet.BasicFilter.DeepClone();
            if (sheet.Charts.Count > 0)
                json["charts"] = new JsonArray(sheet.Charts.Select(c => (JsonNode)Chart(c)).ToArray());
            var sheetMetadata = spreadsheet.Metadata.Where(m => m.LocationType == "SHEET" && m.SheetId == sheet.SheetId).ToList();
            if (sheetMetadata.Count > 0)
                json["developerMetadata"] = new JsonArray(sheetMetadata.Select(m => (JsonNode)m.ToJson()).ToArray());
            sheets.Add(json);
        }
        var result = new JsonObject
        {
            ["spreadsheetId"] = spreadsheet.Id,
            ["properties"] = new JsonObject
            {
                ["title"] = spreadsheet.Title,
                ["locale"] = spreadsheet.Locale,
                ["autoRecalc"] = "ON_CHANGE",
                ["timeZone"] = spreadsheet.TimeZone,
                ["defaultFormat"] = new JsonObject
                {
                    ["backgroundColor"] = new JsonObject { ["red"] = 1, ["green"] = 1, ["blue"] = 1 },
                    ["padding"] = new JsonObject { ["top"] = 2, ["right"] = 3, ["bottom"] = 2, ["left"] = 3 },
                    ["verticalAlignment"] = "BOTTOM",
                    ["wrapStrategy"] = "OVERFLOW_CELL",
                    ["textFormat"] = new JsonObject { ["fontFamily"] = "arial,sans,sans-serif", ["fontSize"] = 10 },
                },
            },
            ["sheets"] = sheets,
        };
        var top = spreadsheet.Metadata.Where(m => m.LocationType == "SPREADSHEET").ToList();
        if (top.Count > 0)
            result["developerMetadata"] = new JsonArray(top.Select(m => (JsonNode)m.ToJson()).ToArray());
        result["spreadsheetUrl"] = $"https://docs.google.com/spreadsheets/d/{spreadsheet.Id}/edit";
        return result;
    }

    public static JsonObject SheetProperties(SheetState sheet, int index)
    {
        var grid = new JsonObject { ["rowCount"] = sheet.RowCount, ["columnCount"] = sheet.ColumnCount };
        if (sheet.FrozenRowCount > 0)
            grid["frozenRowCount"] = sheet.FrozenRowCount;
        if (sheet.FrozenColumnCount > 0)
            grid["frozenColumnCount"] = sheet.FrozenColumnCount;
        var json = new JsonObject
        {
            ["sheetId"] = sheet.SheetId,
            ["title"] = sheet.Title,
            ["index"] = index,
            ["sheetType"] = "GRID",
            ["gridProperties"] = grid,
        };
        if (sheet.Hidden)
            json["hidden"] = true;
        if (sheet.TabColor is not null)
            json["tabColor"] = sheet.TabColor.DeepClone();
        return json;
    }

    public static JsonObject Chart(Chart chart)
    {
        var json = new JsonObject { ["chartId"] = chart.ChartId, ["spec"] = chart.Spec.DeepClone() };
        if (chart.Position is not null)
            json["position"] = chart.Position.DeepClone();
        return json;
    }

    private static JsonObject GridData(SpreadsheetState spreadsheet, CellRenderer renderer, GridArea area, Func<string, bool> cellFields)
    {
        var sheet = area.Sheet;
        var json = new JsonObject();
        if (area.StartRow > 0)
            json["startRow"] = area.StartRow;
        if (area.StartColumn > 0)
            json["startColumn"] = area.StartColumn;
        var rowData = new List<JsonObject>();
        for (var r = area.StartRow; r < area.EndRow; r++)
        {
            var values = new List<JsonObject>();
            if (sheet.Row(r) is not null)
            {
                for (var c = area.StartColumn; c < area.EndColumn; c++)
                    values.Add(renderer.CellData(sheet, r, c, cellFields));
                while (values.Count > 0 && values[^1].Count == 0)
                    values.RemoveAt(values.Count - 1);
            }
            rowData.Add(values.Count == 0 ? [] : new JsonObject { ["values"] = new JsonArray(values.ToArray<JsonNode>()) });
        }
        while (rowData.Count > 0 && rowData[^1].Count == 0)
            rowData.RemoveAt(rowData.Count - 1);
        if (rowData.Count > 0)
            json["rowData"] = new JsonArray(rowData.ToArray<JsonNode>());
        json["rowMetadata"] = Dimension(spreadsheet, sheet, "ROWS", area.StartRow, area.EndRow, 21, sheet.RowProperties);
        json["columnMetadata"] = Dimension(spreadsheet, sheet, "COLUMNS", area.StartColumn, area.EndColumn, 100, sheet.ColumnProperties);
        return json;
    }

    private static JsonArray Dimension(
        SpreadsheetState spreadsheet, SheetState sheet, string dimension, int start, int end, int defaultSize, Dictionary<int, DimensionProperties> properties)
    {
        var here = new List<JsonNode>?[Math.Max(end - start, 0)];
        foreach (var entry in spreadsheet.Metadata.Where(m => m.SheetId == sheet.SheetId && m.Dimension == dimension))
            for (var i = Math.Max(start, entry.StartIndex ?? 0); i < Math.Min(end, entry.EndIndex ?? 0); i++)
                (here[i - start] ??= []).Add(entry.ToJson());
        var array = new JsonArray();
        for (var i = start; i < end; i++)
        {
            properties.TryGetValue(i, out var props);
            var json = new JsonObject { ["pixelSize"] = props?.PixelSize ?? defaultSize };
            if (props?.HiddenByUser == true)
                json["hiddenByUser"] = true;
            if (here[i - start] is { } entries)
                json["developerMetadata"] = new JsonArray(entries.ToArray());
            array.Add(json);
        }
        return array;
    }
}
