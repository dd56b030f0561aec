using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>
/// The test hook <c>GET /_fake/state[?spreadsheetId=ID]</c>: every tab of the spreadsheet (or of all of them) as a person
/// sees it. Not part of Google's API, so no authentication, no request log entry, no quota and no injected fault.
/// </summary>
internal static class StateEndpoint
{
    public const string Path = "/_fake/state";

    public static Task HandleAsync(HttpContext context, EmulatorCore core)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET";
            return JsonResponses.WriteErrorAsync(context, new ApiException(405, "FAILED_PRECONDITION", "methodNotAllowed", "Only GET is allowed on " + Path + "."));
        }
        var id = context.Request.Query["spreadsheetId"].ToString();
        JsonObject body;
        lock (core.Gate)
            body = Snapshot(core, id.Length == 0 ? null : id);
        // Unescaped text ("+447700900101", "£2,800.00") so a person reading it with curl sees what the sheet shows;
        // served as application/json and never embedded in HTML.
        return JsonResponses.WriteAsync(context, 200, body, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    /// <summary>
    /// <c>{"spreadsheets": {"ID": {"spreadsheetId", "properties": {"title"}, "sheets": [{"properties": {...},
    /// "values": [[formatted strings]], "formulas": [{"cell": "B7", "formula": "=SUM(1)"}]}]}}}</c>; an unknown id gives
    /// an empty map. Call under <see cref="EmulatorCore.Gate"/>.
    /// </summary>
    public static JsonObject Snapshot(EmulatorCore core, string? spreadsheetId)
    {
        var spreadsheets = new JsonObject();
        foreach (var (id, state) in core.Spreadsheets.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (spreadsheetId is null || id == spreadsheetId)
                spreadsheets[id] = Spreadsheet(state);
        }
        return new JsonObject { ["spreadsheets"] = spreadsheets };
    }

    private static JsonObject Spreadsheet(SpreadsheetState state)
    {
        var renderer = new CellRenderer(state);
        var sheets = new JsonArray();
        for (var i = 0; i < state.Sheets.Count; i++)
            sheets.Add(Sheet(renderer, state.Sheets[i], i));
        return new JsonObject
        {
            ["spreadsheetId"] = state.Id,
            ["properties"] = new JsonObject { ["title"] = state.Title },
            ["sheets"] = sheets,
        };
    }

    private static JsonObject Sheet(CellRenderer renderer, SheetState sheet, int index)
    {
        var values = ValueGrid.Read(renderer, new GridArea(sheet, 0, sheet.RowCount, 0, sheet.ColumnCount), "ROWS", "FORMATTED_VALUE", "SERIAL_NUMBER");
        var formulas = new JsonArray();
        for (var r = 0; r < sheet.RowCount; r++)
        {
            if (sheet.Row(r) is not { } cells)
                continue;
            foreach (var (column, cell) in cells.OrderBy(c => c.Key))
            {
                if (cell.Value is FormulaValue formula)
                    formulas.Add(new JsonObject { ["cell"] = A1Range.ColumnLetters(column) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["formula"] = formula.Formula });
            }
        }
        return new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["sheetId"] = sheet.SheetId,
                ["title"] = sheet.Title,
                ["index"] = index,
                ["gridProperties"] = new JsonObject { ["rowCount"] = sheet.RowCount, ["columnCount"] = sheet.ColumnCount },
            },
            ["values"] = values ?? [],
            ["formulas"] = formulas,
        };
    }
}
