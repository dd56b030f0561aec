using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Methods;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>Basic filter, charts (spec stored as sent) and conditional format rules.</summary>
internal static class FilterChartRequests
{
    public static JsonObject SetBasicFilter(SpreadsheetState s, JsonObject args)
    {
        var filter = (JsonObject?)args["filter"]?.DeepClone() ?? throw ApiException.BadRequest("filter is required.");
        var range = filter["range"] as JsonObject ?? throw ApiException.BadRequest("filter.range is required.");
        var area = DataFilters.FromGridRange(s, range);
        range["sheetId"] = area.Sheet.SheetId;
        area.Sheet.BasicFilter = filter;
        return [];
    }

    public static JsonObject ClearBasicFilter(SpreadsheetState s, JsonObject args)
    {
        SheetRequests.Sheet(s, (int?)args["sheetId"]).BasicFilter = null;
        return [];
    }

    public static JsonObject AddChart(SpreadsheetState s, JsonObject args)
    {
        var chart = args["chart"] as JsonObject ?? throw ApiException.BadRequest("chart is required.");
        var spec = (JsonObject?)chart["spec"]?.DeepClone() ?? throw ApiException.BadRequest("chart.spec is required.");
        var position = chart["position"]?.DeepClone() as JsonObject;
        var sheetId = (int?)position?["overlayPosition"]?["anchorCell"]?["sheetId"] ?? (int?)position?["sheetId"];
        SheetState sheet;
        if (sheetId is not null)
        {
            sheet = SheetRequests.Sheet(s, sheetId);
        }
        else if ((bool?)position?["newSheet"] == true)
        {
            sheet = s.AddSheet("Chart" + (s.Sheets.Count + 1));
        }
        else
        {
            sheet = s.Sheets[0];
        }
        var chartId = (int?)chart["chartId"] ?? s.NextId();
        if (s.Sheets.Any(x => x.Charts.Any(c => c.ChartId == chartId)))
            throw ApiException.BadRequest($"An object with id {chartId} already exists.");
        var stored = new Chart(chartId, spec, position);
        sheet.Charts.Add(stored);
        return new JsonObject { ["addChart"] = new JsonObject { ["chart"] = SpreadsheetJson.Chart(stored) } };
    }

    public static JsonObject UpdateChartSpec(SpreadsheetState s, JsonObject args)
    {
        var chartId = (int?)args["chartId"];
        var spec = (JsonObject?)args["spec"]?.DeepClone() ?? throw ApiException.BadRequest("spec is required.");
        foreach (var sheet in s.Sheets)
        {
            var index = sheet.Charts.FindIndex(c => c.ChartId == chartId);
            if (index >= 0)
            {
                sheet.Charts[index] = sheet.Charts[index] with { Spec = spec };
                return [];
            }
        }
        throw ApiException.BadRequest($"No chart with id: {chartId}");
    }

    public static JsonObject DeleteEmbeddedObject(SpreadsheetState s, JsonObject args)
    {
        var objectId = (int?)args["objectId"];
        foreach (var sheet in s.Sheets)
        {
            if (sheet.Charts.RemoveAll(c => c.ChartId == objectId) > 0)
                return [];
        }
        throw ApiException.BadRequest($"No object with id: {objectId}");
    }

    public static JsonObject AddConditionalFormatRule(SpreadsheetState s, JsonObject args)
    {
        var rule = (JsonObject?)args["rule"]?.DeepClone() ?? throw ApiException.BadRequest("rule is required.");
        var ranges = rule["ranges"] as JsonArray ?? [];
        if (ranges.Count == 0)
            throw ApiException.BadRequest("rule.ranges must have at least one range.");
        var areas = ranges.OfType<JsonObject>().Select(r => DataFilters.FromGridRange(s, r)).ToList();
        var sheet = areas[0].Sheet;
        if (areas.Any(a => a.Sheet != sheet))
            throw ApiException.BadRequest("All ranges of a conditional format rule must be on one sheet.");
        var index = Math.Clamp((int?)args["index"] ?? 0, 0, sheet.ConditionalFormats.Count);
        sheet.ConditionalFormats.Insert(index, rule);
        return [];
    }

    public static JsonObject DeleteConditionalFormatRule(SpreadsheetState s, JsonObject args)
    {
        var sheet = SheetRequests.Sheet(s, (int?)args["sheetId"]);
        var index = (int?)args["index"] ?? 0;
        if (index < 0 || index >= sheet.ConditionalFormats.Count)
            throw ApiException.BadRequest($"No conditional format on sheet {sheet.SheetId} at index {index}.");
        var rule = sheet.ConditionalFormats[index];
        sheet.ConditionalFormats.RemoveAt(index);
        return new JsonObject { ["deleteConditionalFormatRule"] = new JsonObject { ["rule"] = rule.DeepClone() } };
    }
}
