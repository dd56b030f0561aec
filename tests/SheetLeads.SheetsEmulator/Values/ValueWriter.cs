using System.Text.Json;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>
/// Writes a ValueRange's values into a tab from an area's top-left cell: JSON null leaves a cell alone, "" clears its
/// value (formats stay), strings are taken as typed (USER_ENTERED) or literally (RAW), JSON numbers and booleans are
/// numbers and booleans either way.
/// </summary>
internal static class ValueWriter
{
    public sealed record Written(GridArea Area, int Rows, int Columns, int Cells);

    public static string InputOption(string? option) => option switch
    {
        "RAW" or "USER_ENTERED" => option,
        null or "" or "INPUT_VALUE_OPTION_UNSPECIFIED" => throw ApiException.BadRequest("Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED"),
        _ => throw ApiException.BadRequest($"Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"{option}\""),
    };

    /// <summary>The values as rows of cells, whatever their major dimension.</summary>
    public static List<List<JsonNode?>> Rows(JsonNode? values, string? majorDimension)
    {
        var given = (values as JsonArray ?? [])
            .Select((r, i) => r is JsonArray cells
                ? cells.ToList()
                : throw ApiException.BadRequest($"Invalid value at 'data.values[{i}]' (type.googleapis.com/google.protobuf.ListValue), {r?.ToJsonString() ?? "null"}"))
            .ToList();
        if (majorDimension != "COLUMNS")
            return given;
        var height = given.Count == 0 ? 0 : given.Max(c => c.Count);
        return Enumerable.Range(0, height).Select(r => given.Select(c => r < c.Count ? c[r] : null).ToList()).ToList();
    }

    /// <summary>Checks the write fits the range given and the grid (or grows the grid when <paramref name="grow"/>), then writes.</summary>
    public static Written Write(
        SpreadsheetState spreadsheet, GridArea target, List<List<JsonNode?>> rows, string inputOption, string rangeText, bool grow)
    {
        var height = rows.Count;
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (target.RowsBounded && height > target.Rows)
            throw ApiException.BadRequest($"Requested writing within range [{rangeText}], but tried writing to row [{target.StartRow + target.Rows + 1}]");
        if (target.ColumnsBounded && width > target.Columns)
        {
            throw ApiException.BadRequest(
                $"Requested writing within range [{rangeText}], but tried writing to column [{A1Range.ColumnLetters(target.StartColumn + target.Columns)}]");
        }
        var sheet = target.Sheet;
        var written = new GridArea(sheet, target.StartRow, target.StartRow + Math.Max(height, 1), target.StartColumn, target.StartColumn + Math.Max(width, 1));
        if (grow)
        {
            if (written.EndRow > sheet.RowCount)
                spreadsheet.InsertDimension(sheet, "ROWS", sheet.RowCount, written.EndRow - sheet.RowCount);
            if (written.EndColumn > sheet.ColumnCount)
                spreadsheet.InsertDimension(sheet, "COLUMNS", sheet.ColumnCount, written.EndColumn - sheet.ColumnCount);
        }
        written.EnsureWithinGrid();
        var cells = 0;
        var touchedRows = new HashSet<int>();
        var touchedColumns = new HashSet<int>();
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                var node = rows[r][c];
                if (node is null)
                    continue;
                WriteCell(sheet, target.StartRow + r, target.StartColumn + c, node, inputOption, r, c);
                cells++;
                touchedRows.Add(r);
                touchedColumns.Add(c);
            }
        }
        return new Written(written, touchedRows.Count, touchedColumns.Count, cells);
    }

    public static void WriteCell(SheetState sheet, int row, int column, JsonNode node, string inputOption, int r = 0, int c = 0)
    {
        CellValue? value;
        JsonObject? detected = null;
        switch (node.GetValueKind())
        {
            case JsonValueKind.String:
                var text = node.GetValue<string>();
                if (inputOption == "USER_ENTERED")
                    (value, detected) = UserEnteredParser.Parse(text);
                else
                    value = text.Length == 0 ? null : new TextValue(text);
                break;
            case JsonValueKind.Number:
                value = new NumberValue(node.GetValue<double>());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                value = new BoolValue(node.GetValue<bool>());
                break;
            default:
                throw ApiException.BadRequest(
                    $"Invalid values[{r}][{c}]: {node.ToJsonString()}");
        }
        SetValue(sheet, row, column, value, detected);
    }

    /// <summary>Sets a cell's value keeping its formats; a format Sheets detects from typed text applies when the cell has none.</summary>
    public static void SetValue(SheetState sheet, int row, int column, CellValue? value, JsonObject? detectedNumberFormat)
    {
        var existing = sheet.Get(row, column) ?? new Cell(null);
        var format = existing.Format;
        if (detectedNumberFormat is not null && existing.NumberFormat is null)
        {
            var updated = format is null ? [] : (JsonObject)format.DeepClone();
            updated["numberFormat"] = detectedNumberFormat;
            format = updated;
        }
        sheet.Set(row, column, existing with { Value = value, Format = format });
    }
}
