using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>Reads an area as a values response does: trailing empty cells and rows left out, empty cells inside as "".</summary>
internal static class ValueGrid
{
    public static JsonArray? Read(CellRenderer renderer, GridArea area, string majorDimension, string valueRender, string dateTimeRender)
    {
        var sheet = area.Sheet;
        var rows = new List<List<JsonNode?>>();
        var lastRow = Math.Min(area.EndRow, sheet.RowCount);
        var lastColumn = Math.Min(area.EndColumn, sheet.ColumnCount);
        for (var r = area.StartRow; r < lastRow; r++)
        {
            var row = new List<JsonNode?>();
            if (sheet.Row(r) is not null)
            {
                for (var c = area.StartColumn; c < lastColumn; c++)
                    row.Add(renderer.ForValues(sheet, r, c, valueRender, dateTimeRender));
            }
            rows.Add(row);
        }
        if (majorDimension == "COLUMNS")
        {
            var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
            rows = Enumerable.Range(0, width)
                .Select(c => rows.Select(r => c < r.Count ? r[c] : null).ToList())
                .ToList();
        }
        foreach (var row in rows)
        {
            while (row.Count > 0 && row[^1] is null)
                row.RemoveAt(row.Count - 1);
        }
        while (rows.Count > 0 && rows[^1].Count == 0)
            rows.RemoveAt(rows.Count - 1);
        if (rows.Count == 0)
            return null;
        return new JsonArray(rows.Select(r => (JsonNode)new JsonArray(r.Select(v => v ?? JsonValue.Create("")).ToArray())).ToArray());
    }

    /// <summary>A ValueRange: range, majorDimension and (when any) values.</summary>
    public static JsonObject ValueRange(CellRenderer renderer, GridArea area, string majorDimension, string valueRender, string dateTimeRender)
    {
        var json = new JsonObject { ["range"] = area.ToA1(), ["majorDimension"] = majorDimension };
        if (Read(renderer, area, majorDimension, valueRender, dateTimeRender) is { } values)
            json["values"] = values;
        return json;
    }
}
