using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Methods;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>Tabs and dimensions: addSheet, updateSheetProperties, deleteSheet, append/insert/delete dimension, dimension properties.</summary>
internal static class SheetRequests
{
    public static SheetState Sheet(SpreadsheetState spreadsheet, int? sheetId) =>
        spreadsheet.SheetById(sheetId ?? 0) ?? throw ApiException.BadRequest($"No grid with id: {sheetId ?? 0}");

    public static JsonObject AddSheet(SpreadsheetState s, JsonObject args)
    {
        var properties = args["properties"] as JsonObject ?? [];
        var title = (string?)properties["title"];
        if (title is null)
        {
            var n = s.Sheets.Count + 1;
            while (s.SheetByTitle("Sheet" + n) is not null)
                n++;
            title = "Sheet" + n;
        }
        EnsureNewTitle(s, title);
        var sheetId = (int?)properties["sheetId"];
        if (sheetId is not null && s.SheetById(sheetId.Value) is not null)
            throw ApiException.BadRequest($"A sheet with id {sheetId} already exists.");
        var grid = properties["gridProperties"] as JsonObject;
        var sheet = s.AddSheet(title, sheetId, (int?)properties["index"], (int?)grid?["rowCount"] ?? 1000, (int?)grid?["columnCount"] ?? 26);
        sheet.FrozenRowCount = (int?)grid?["frozenRowCount"] ?? 0;
        sheet.FrozenColumnCount = (int?)grid?["frozenColumnCount"] ?? 0;
        sheet.Hidden = (bool?)properties["hidden"] ?? false;
        sheet.TabColor = properties["tabColor"]?.DeepClone() as JsonObject;
        s.EnsureCellLimit();
        return new JsonObject
        {
            ["addSheet"] = new JsonObject { ["properties"] = SpreadsheetJson.SheetProperties(sheet, s.Sheets.IndexOf(sheet)) },
        };
    }

    private static void EnsureNewTitle(SpreadsheetState s, string title, SheetState? except = null)
    {
        if (string.IsNullOrWhiteSpace(title))
            throw ApiException.BadRequest("Sheet title must not be empty.");
        if (s.Sheets.Any(x => x != except && string.Equals(x.Title, title, StringComparison.OrdinalIgnoreCase)))
            throw ApiException.BadRequest($"A sheet with the name \"{title}\" already exists. Please enter another name.");
    }

    public static JsonObject UpdateSheetProperties(SpreadsheetState s, JsonObject args)
    {
        var properties = args["properties"] as JsonObject ?? [];
        var sheet = Sheet(s, (int?)properties["sheetId"]);
        var paths = FieldMask.Paths((string?)args["fields"]);
        bool Named(string path) => FieldMask.Covers(paths, path);
        var grid = properties["gridProperties"] as JsonObject;
        if (Named("title"))
        {
            var title = (string?)properties["title"] ?? "";
            EnsureNewTitle(s, title, sheet);
            sheet.Title = title;
        }
        if (Named("index") && (int?)properties["index"] is { } index)
        {
            s.Sheets.Remove(sheet);
            s.Sheets.Insert(Math.Clamp(index, 0, s.Sheets.Count), sheet);
        }
        if (Named("gridProperties.frozenRowCount"))
            sheet.FrozenRowCount = (int?)grid?["frozenRowCount"] ?? 0;
        if (Named("gridProperties.frozenColumnCount"))
            sheet.FrozenColumnCount = (int?)grid?["frozenColumnCount"] ?? 0;
        if (Named("gridProperties.rowCount") && (int?)grid?["rowCount"] is { } rows)
            Resize(s, sheet, "ROWS", sheet.RowCount, rows);
        if (Named("gridProperties.columnCount") && (int?)grid?["columnCount"] is { } columns)
            Resize(s, sheet, "COLUMNS", sheet.ColumnCount, columns);
        if (Named("hidden"))
            sheet.Hidden = (bool?)properties["hidden"] ?? false;
        if (Named("tabColor"))
            sheet.TabColor = properties["tabColor"]?.DeepClone() as JsonObject;
        if (sheet.FrozenRowCount > sheet.RowCount || sheet.FrozenColumnCount > sheet.ColumnCount)
            throw ApiException.BadRequest("You can't freeze more rows or columns than the sheet has.");
        return [];
    }

    private static void Resize(SpreadsheetState s, SheetState sheet, string dimension, int current, int wanted)
    {
        if (wanted < 1)
            throw ApiException.BadRequest("Sheet must have at least one row and one column.");
        if (wanted > current)
            s.InsertDimension(sheet, dimension, current, wanted - current);
        else if (wanted < current)
            s.DeleteDimension(sheet, dimension, wanted, current - wanted);
    }

    public static JsonObject DeleteSheet(SpreadsheetState s, JsonObject args)
    {
        var sheet = Sheet(s, (int?)args["sheetId"]);
        if (!s.Sheets.Any(x => !x.Hidden && x != sheet))
            throw ApiException.BadRequest("You can't remove all the visible sheets in a document.");
        s.DeleteSheet(sheet);
        return [];
    }

    public static JsonObject UpdateSpreadsheetProperties(SpreadsheetState s, JsonObject args)
    {
        var properties = args["properties"] as JsonObject ?? [];
        var paths = FieldMask.Paths((string?)args["fields"]);
        if (FieldMask.Covers(paths, "title") && (string?)properties["title"] is { } title)
            s.Title = title;
        if (FieldMask.Covers(paths, "timeZone") && (string?)properties["timeZone"] is { } zone)
            s.TimeZone = zone;
        if (FieldMask.Covers(paths, "locale") && (string?)properties["locale"] is { } locale)
            s.Locale = locale;
        return [];
    }

    public static JsonObject AppendDimension(SpreadsheetState s, JsonObject args)
    {
        var sheet = Sheet(s, (int?)args["sheetId"]);
        var dimension = Dimension(args["dimension"]);
        var length = (int?)args["length"] ?? 0;
        if (length < 1)
            throw ApiException.BadRequest("length must be at least 1.");
        s.InsertDimension(sheet, dimension, dimension == "ROWS" ? sheet.RowCount : sheet.ColumnCount, length);
        return [];
    }

    public static JsonObject InsertDimension(SpreadsheetState s, JsonObject args)
    {
        var (sheet, dimension, start, end) = Range(s, args["range"] as JsonObject, allowAtEnd: true);
        s.InsertDimension(sheet, dimension, start, end - start);
        return [];
    }

    public static JsonObject DeleteDimension(SpreadsheetState s, JsonObject args)
    {
        var (sheet, dimension, start, end) = Range(s, args["range"] as JsonObject, allowAtEnd: false);
        var total = dimension == "ROWS" ? sheet.RowCount : sheet.ColumnCount;
        if (end - start >= total)
            throw ApiException.BadRequest($"You can't delete all the {(dimension == "ROWS" ? "rows" : "columns")} on the sheet.");
        s.DeleteDimension(sheet, dimension, start, end - start);
        return [];
    }

    public static JsonObject UpdateDimensionProperties(SpreadsheetState s, JsonObject args)
    {
        var (sheet, dimension, start, end) = Range(s, args["range"] as JsonObject, allowAtEnd: false);
        var properties = args["properties"] as JsonObject ?? [];
        var paths = FieldMask.Paths((string?)args["fields"]);
        var map = dimension == "ROWS" ? sheet.RowProperties : sheet.ColumnProperties;
        for (var i = start; i < end; i++)
        {
            map.TryGetValue(i, out var current);
            current ??= new DimensionProperties(null, false);
            if (FieldMask.Covers(paths, "pixelSize"))
                current = current with { PixelSize = (int?)properties["pixelSize"] };
            if (FieldMask.Covers(paths, "hiddenByUser"))
                current = current with { HiddenByUser = (bool?)properties["hiddenByUser"] ?? false };
            if (current.PixelSize is null && !current.HiddenByUser)
                map.Remove(i);
            else
                map[i] = current;
        }
        return [];
    }

    private static string Dimension(JsonNode? node) => (string?)node switch
    {
        "ROWS" => "ROWS",
        "COLUMNS" => "COLUMNS",
        var other => throw ApiException.BadRequest($"Invalid dimension: {other ?? "DIMENSION_UNSPECIFIED"}"),
    };

    private static (SheetState Sheet, string Dimension, int Start, int End) Range(SpreadsheetState s, JsonObject? range, bool allowAtEnd)
    {
        if (range is null)
            throw ApiException.BadRequest("range is required.");
        var sheet = Sheet(s, (int?)range["sheetId"]);
        var dimension = Dimension(range["dimension"]);
        var total = dimension == "ROWS" ? sheet.RowCount : sheet.ColumnCount;
        var start = (int?)range["startIndex"] ?? 0;
        var end = (int?)range["endIndex"] ?? total;
        if (start < 0 || end <= start)
            throw ApiException.BadRequest("Invalid dimension range: startIndex must be less than endIndex.");
        if (allowAtEnd ? start > total : end > total)
        {
            throw ApiException.BadRequest(
                $"Range ('{sheet.Title}'!{(dimension == "ROWS" ? (start + 1) + ":" + end : A1.A1Range.ColumnLetters(start) + ":" + A1.A1Range.ColumnLetters(end - 1))}) exceeds grid limits. Max rows: {sheet.RowCount}, max columns: {sheet.ColumnCount}");
        }
        return (sheet, dimension, start, end);
    }
}
