using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>Shows cells as the API does: formatted, unformatted or as formulas, and as CellData.</summary>
internal sealed class CellRenderer(SpreadsheetState spreadsheet)
{
    private readonly FormulaEngine _engine = new(spreadsheet);

    public CellValue? Effective(SheetState sheet, int row, int column) => _engine.Effective(sheet, row, column);

    public string Formatted(SheetState sheet, int row, int column)
    {
        var cell = sheet.Get(row, column);
        if (cell?.Value is null)
            return "";
        return Show(Effective(sheet, row, column), cell.NumberFormat);
    }

    public static string Show(CellValue? value, JsonObject? numberFormat) => value switch
    {
        null => "",
        TextValue t => t.Text,
        NumberValue n => NumberFormatter.Format(n.Number, numberFormat),
        BoolValue b => b.Value ? "TRUE" : "FALSE",
        ErrorValue e => e.Shown,
        FormulaValue f => f.Formula,
        _ => "",
    };

    /// <summary>A cell in a values response, or null for an empty cell.</summary>
    public JsonNode? ForValues(SheetState sheet, int row, int column, string valueRender, string dateTimeRender)
    {
        var cell = sheet.Get(row, column);
        if (cell?.Value is null)
            return null;
        if (valueRender == "FORMULA" && cell.Value is FormulaValue formula)
            return formula.Formula;
        var effective = Effective(sheet, row, column);
        if (valueRender is not ("UNFORMATTED_VALUE" or "FORMULA"))
            return Show(effective, cell.NumberFormat);
        return effective switch
        {
            NumberValue n when dateTimeRender == "FORMATTED_STRING" && NumberFormatter.IsDateType(cell.NumberFormat) =>
                NumberFormatter.Format(n.Number, cell.NumberFormat),
            NumberValue n => JsonValue.Create(n.Number),
            BoolValue b => JsonValue.Create(b.Value),
            TextValue t => t.Text,
            ErrorValue e => e.Shown,
            _ => null,
        };
    }

    public static JsonObject ExtendedValue(CellValue value) => value switch
    {
        TextValue t => new JsonObject { ["stringValue"] = t.Text },
        NumberValue n => new JsonObject { ["numberValue"] = n.Number },
        BoolValue b => new JsonObject { ["boolValue"] = b.Value },
        FormulaValue f => new JsonObject { ["formulaValue"] = f.Formula },
        ErrorValue e => new JsonObject { ["errorValue"] = new JsonObject { ["type"] = e.Type, ["message"] = e.Message } },
        _ => [],
    };

    /// <summary>CellData as spreadsheets.get returns it with grid data: the fields <paramref name="wants"/> names.</summary>
    public JsonObject CellData(SheetState sheet, int row, int column, Func<string, bool> wants)
    {
        var json = new JsonObject();
        var cell = sheet.Get(row, column);
        if (cell is null)
            return json;
        if (cell.Value is not null)
        {
            var effective = wants("effectiveValue") || wants("formattedValue") ? Effective(sheet, row, column) : null;
            if (wants("userEnteredValue"))
                json["userEnteredValue"] = ExtendedValue(cell.Value);
            if (effective is not null && wants("effectiveValue"))
                json["effectiveValue"] = ExtendedValue(effective);
            if (wants("formattedValue"))
                json["formattedValue"] = Show(effective, cell.NumberFormat);
        }
        if (cell.Format is not null && wants("userEnteredFormat"))
            json["userEnteredFormat"] = cell.Format.DeepClone();
        if ((cell.Value is not null || cell.Format is not null) && wants("effectiveFormat"))
            json["effectiveFormat"] = EffectiveFormat(cell, Effective(sheet, row, column));
        if (cell.Validation is not null && wants("dataValidation"))
            json["dataValidation"] = cell.Validation.DeepClone();
        if (cell.Note is not null && wants("note"))
            json["note"] = cell.Note;
        return json;
    }

    private static JsonObject EffectiveFormat(Cell cell, CellValue? effective)
    {
        var white = new JsonObject { ["red"] = 1, ["green"] = 1, ["blue"] = 1 };
        var format = new JsonObject
        {
            ["backgroundColor"] = white.DeepClone(),
            ["padding"] = new JsonObject { ["top"] = 2, ["right"] = 3, ["bottom"] = 2, ["left"] = 3 },
            ["horizontalAlignment"] = effective is NumberValue ? "RIGHT" : effective is BoolValue or ErrorValue ? "CENTER" : "LEFT",
            ["verticalAlignment"] = "BOTTOM",
            ["wrapStrategy"] = "OVERFLOW_CELL",
            ["textFormat"] = new JsonObject
            {
                ["foregroundColor"] = new JsonObject(),
                ["fontFamily"] = "Arial",
                ["fontSize"] = 10,
                ["bold"] = false,
                ["italic"] = false,
                ["strikethrough"] = false,
                ["underline"] = false,
                ["foregroundColorStyle"] = new JsonObject { ["rgbColor"] = new JsonObject() },
            },
            ["hyperlinkDisplayType"] = "PLAIN_TEXT",
            ["backgroundColorStyle"] = new JsonObject { ["rgbColor"] = white.DeepClone() },
        };
        if (cell.Format is not null)
            Merge(format, cell.Format);
        return format;
    }

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject child && target[key] is JsonObject existing && key is not ("backgroundColor" or "foregroundColor"))
                Merge(existing, child);
            else
                target[key] = value?.DeepClone();
        }
        if (source["backgroundColor"] is JsonObject bg && source["backgroundColorStyle"] is null)
            target["backgroundColorStyle"] = new JsonObject { ["rgbColor"] = bg.DeepClone() };
        if (source["backgroundColorStyle"]?["rgbColor"] is JsonObject rgb && source["backgroundColor"] is null)
            target["backgroundColor"] = rgb.DeepClone();
    }
}
