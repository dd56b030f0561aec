using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>Applies a CellData to a cell under a field mask (updateCells, repeatCell): a field named but absent is cleared.</summary>
internal static class CellUpdate
{
    public static Cell? Apply(Cell? existing, JsonObject? data, IReadOnlyList<string> paths)
    {
        var cell = existing ?? new Cell(null);
        foreach (var path in paths)
        {
            if (path == "*")
            {
                cell = new Cell(Value(data?["userEnteredValue"] as JsonObject), Clone(data?["userEnteredFormat"]),
                    Clone(data?["dataValidation"]), (string?)data?["note"]);
                continue;
            }
            var head = path.Split('.')[0];
            switch (head)
            {
                case "userEnteredValue":
                    cell = cell with { Value = Value(data?["userEnteredValue"] as JsonObject) };
                    break;
                case "userEnteredFormat" when path == head:
                    cell = cell with { Format = Clone(data?["userEnteredFormat"]) };
                    break;
                case "userEnteredFormat":
                    cell = cell with { Format = SetPath(cell.Format, path[(head.Length + 1)..].Split('.'), data?["userEnteredFormat"]) };
                    break;
                case "dataValidation":
                    cell = cell with { Validation = Clone(data?["dataValidation"]) };
                    break;
                case "note":
                    cell = cell with { Note = (string?)data?["note"] };
                    break;
                case "effectiveValue" or "effectiveFormat" or "formattedValue" or "hyperlink" or "textFormatRuns" or "pivotTable" or "dataSourceTable" or "dataSourceFormula":
                    break;
                default:
                    throw ApiException.BadRequest($"Invalid field mask: {path}");
            }
        }
        return cell.IsEmpty ? null : cell;
    }

    public static CellValue? Value(JsonObject? extended)
    {
        if (extended is null)
            return null;
        if ((string?)extended["stringValue"] is { } text)
            return new TextValue(text);
        if (extended["numberValue"] is JsonValue number)
            return new NumberValue(number.GetValue<double>());
        if (extended["boolValue"] is JsonValue flag)
            return new BoolValue(flag.GetValue<bool>());
        if ((string?)extended["formulaValue"] is { } formula)
        {
            if (!formula.StartsWith('='))
                throw ApiException.BadRequest($"Invalid formulaValue: formulas must start with '=': {formula}");
            return new FormulaValue(formula);
        }
        if (extended["errorValue"] is not null)
            throw ApiException.BadRequest("errorValue cannot be set.");
        return null;
    }

    private static JsonObject? Clone(JsonNode? node) => node is JsonObject obj ? (JsonObject)obj.DeepClone() : null;

    private static JsonObject? SetPath(JsonObject? format, string[] path, JsonNode? source)
    {
        var value = source;
        foreach (var part in path)
            value = value is JsonObject obj ? obj[part] : null;
        var copy = format is null ? [] : (JsonObject)format.DeepClone();
        var target = copy;
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (target[path[i]] is not JsonObject child)
            {
                if (value is null)
                    return copy.Count == 0 ? null : copy;
                target[path[i]] = child = [];
            }
            target = child;
        }
        if (value is null)
            target.Remove(path[^1]);
        else
            target[path[^1]] = value.DeepClone();
        return copy.Count == 0 ? null : copy;
    }
}
