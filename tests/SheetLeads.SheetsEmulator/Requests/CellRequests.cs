using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Methods;
using SheetLeads.SheetsEmulator.Model;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>updateCells, repeatCell, setDataValidation and sortRange.</summary>
internal static class CellRequests
{
    public static JsonObject UpdateCells(SpreadsheetState s, JsonObject args)
    {
        var paths = FieldMask.Paths((string?)args["fields"]);
        var rows = (args["rows"] as JsonArray ?? [])
            .Select(r => ((r as JsonObject)?["values"] as JsonArray ?? []).Select(v => v as JsonObject).ToList())
            .ToList();
        GridArea area;
        var fillRange = false;
        if (args["start"] is JsonObject start)
        {
            var sheet = SheetRequests.Sheet(s, (int?)start["sheetId"]);
            var row = (int?)start["rowIndex"] ?? 0;
            var column = (int?)start["columnIndex"] ?? 0;
            var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
            area = new GridArea(sheet, row, row + Math.Max(rows.Count, 1), column, column + Math.Max(width, 1));
            area.EnsureWithinGrid();
        }
        else if (args["range"] is JsonObject range)
        {
            area = DataFilters.FromGridRange(s, range);
            fillRange = true;
        }
        else
        {
            throw ApiException.BadRequest("Either start or range must be set.");
        }
        var height = fillRange ? area.Rows : rows.Count;
        for (var r = 0; r < height; r++)
        {
            var cells = r < rows.Count ? rows[r] : [];
            var width = fillRange ? area.Columns : cells.Count;
            for (var c = 0; c < width; c++)
            {
                if (!fillRange && r >= rows.Count)
                    break;
                var data = c < cells.Count ? cells[c] : null;
                var row = area.StartRow + r;
                var column = area.StartColumn + c;
                if (row >= area.EndRow || column >= area.EndColumn)
                    throw ApiException.BadRequest("The rows given do not fit the range.");
                area.Sheet.Set(row, column, CellUpdate.Apply(area.Sheet.Get(row, column), data, paths));
            }
        }
        return [];
    }

    public static JsonObject RepeatCell(SpreadsheetState s, JsonObject args)
    {
        var area = DataFilters.FromGridRange(s, args["range"] as JsonObject ?? throw ApiException.BadRequest("range is required."));
        var paths = FieldMask.Paths((string?)args["fields"]);
        var data = args["cell"] as JsonObject;
        for (var r = area.StartRow; r < area.EndRow; r++)
        {
            for (var c = area.StartColumn; c < area.EndColumn; c++)
                area.Sheet.Set(r, c, CellUpdate.Apply(area.Sheet.Get(r, c), data, paths));
        }
        return [];
    }

    public static JsonObject SetDataValidation(SpreadsheetState s, JsonObject args)
    {
        var area = DataFilters.FromGridRange(s, args["range"] as JsonObject ?? throw ApiException.BadRequest("range is required."));
        var rule = args["rule"] as JsonObject;
        if (rule is not null)
        {
            var condition = rule["condition"] as JsonObject ?? throw ApiException.BadRequest("rule.condition is required.");
            if ((string?)condition["type"] is "ONE_OF_LIST" && (condition["values"] as JsonArray ?? []).Count == 0)
                throw ApiException.BadRequest("ONE_OF_LIST condition must have at least one value.");
        }
        for (var r = area.StartRow; r < area.EndRow; r++)
        {
            for (var c = area.StartColumn; c < area.EndColumn; c++)
            {
                var cell = area.Sheet.Get(r, c) ?? new Cell(null);
                area.Sheet.Set(r, c, cell with { Validation = rule?.DeepClone() as JsonObject });
            }
        }
        return [];
    }

    public static JsonObject SortRange(SpreadsheetState s, JsonObject args)
    {
        var area = DataFilters.FromGridRange(s, args["range"] as JsonObject ?? throw ApiException.BadRequest("range is required."));
        var specs = (args["sortSpecs"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(spec => ((int?)spec["dimensionIndex"] ?? 0, (string?)spec["sortOrder"] != "DESCENDING"))
            .ToList();
        RowSorter.Sort(s, area, specs);
        return [];
    }
}
