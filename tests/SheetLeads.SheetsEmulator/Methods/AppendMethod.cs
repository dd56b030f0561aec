using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Http;
using SheetLeads.SheetsEmulator.Model;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>
/// spreadsheets.values.append. The range is searched for a "table": the first row (from the range's first row down)
/// holding a value in the range's columns starts it, and it grows down while rows hold values in its columns (a blank
/// row ends it) and rightwards while the next column holds values in its rows. Values go to the row after the table's last row, from the table's first column; with no table,
/// to the range's top-left cell. OVERWRITE (default) writes there, adding rows at the end of the tab if needed;
/// INSERT_ROWS inserts rows there first (row developer metadata below moves down).
/// </summary>
internal static class AppendMethod
{
    public static JsonNode Execute(ApiCall call)
    {
        var input = ValueWriter.InputOption(call.Parameter("valueInputOption"));
        var insert = call.Parameter("insertDataOption") switch
        {
            null or "OVERWRITE" => false,
            "INSERT_ROWS" => true,
            var other => throw ApiException.BadRequest($"Invalid value at 'insert_data_option' (type.googleapis.com/google.apps.sheets.v4.InsertDataOption), \"{other}\""),
        };
        var rangeText = call.Route.Range!;
        var parsed = GridArea.Parse(call.Spreadsheet, rangeText);
        var area = GridArea.Resolve(call.Spreadsheet, parsed, rangeText, allowBeyondGrid: true);
        var sheet = area.Sheet;
        var firstColumns = parsed.IsSingleCell ? sheet.ColumnCount : Math.Min(area.EndColumn, sheet.ColumnCount);
        var table = FindTable(sheet, area.StartRow, area.StartColumn, firstColumns);
        var startRow = table?.EndRow ?? area.StartRow;
        var startColumn = table?.StartColumn ?? area.StartColumn;
        var rows = ValueWriter.Rows(call.RequiredBody["values"], (string?)call.RequiredBody["majorDimension"]);
        if (insert && rows.Count > 0)
            call.Spreadsheet.InsertDimension(sheet, "ROWS", Math.Min(startRow, sheet.RowCount), rows.Count);
        var target = new GridArea(sheet, startRow, startRow + 1, startColumn, startColumn + 1) { RowsBounded = false, ColumnsBounded = false };
        var written = ValueWriter.Write(call.Spreadsheet, target, rows, input, rangeText, grow: true);
        var json = new JsonObject { ["spreadsheetId"] = call.Spreadsheet.Id };
        if (table is not null)
            json["tableRange"] = table.ToA1();
        json["updates"] = ValuesMethods.UpdateResponse(call, written, call.Flag("includeValuesInResponse"),
            call.Parameter("responseValueRenderOption"), call.Parameter("responseDateTimeRenderOption"));
        return json;
    }

    /// <summary>
    /// The table: found from <paramref name="startRow"/> down as the first row with a value in the range's columns
    /// (from <paramref name="startColumn"/> to before <paramref name="rangeEndColumn"/>), then grown as described above.
    /// As in Google's own example (range "Sheet1!A1:E1"), the table may reach below the range's last row.
    /// </summary>
    public static GridArea? FindTable(SheetState sheet, int startRow, int startColumn, int rangeEndColumn)
    {
        var search = new GridArea(sheet, startRow, sheet.RowCount, startColumn, sheet.ColumnCount);
        var top = -1;
        for (var r = search.StartRow; r < search.EndRow; r++)
        {
            if (sheet.RowHasValue(r, startColumn, rangeEndColumn))
            {
                top = r;
                break;
            }
        }
        if (top < 0)
            return null;
        var columns = sheet.Row(top)!.Where(kv => kv.Value.Value is not null && kv.Key >= startColumn && kv.Key < rangeEndColumn).Select(kv => kv.Key).ToList();
        var left = columns.Min();
        var right = left + 1;
        var bottom = top + 1;
        var changed = true;
        while (changed)
        {
            changed = false;
            while (bottom < search.EndRow && sheet.RowHasValue(bottom, left, right))
            {
                bottom++;
                changed = true;
            }
            while (right < search.EndColumn && ColumnHasValue(sheet, right, top, bottom))
            {
                right++;
                changed = true;
            }
            while (left > search.StartColumn && ColumnHasValue(sheet, left - 1, top, bottom))
            {
                left--;
                changed = true;
            }
        }
        return new GridArea(sheet, top, bottom, left, right);
    }

    private static bool ColumnHasValue(SheetState sheet, int column, int top, int bottom)
    {
        for (var r = top; r < bottom; r++)
        {
            if (sheet.Get(r, column)?.Value is not null)
                return true;
        }
        return false;
    }
}
