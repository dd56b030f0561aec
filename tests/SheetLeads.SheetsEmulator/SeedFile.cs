using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;

namespace SheetLeads.SheetsEmulator;

/// <summary>
/// A tab's cells as a person types them, from JSON <c>{"tab": "Leads", "rows": [["Lead ID", "Phone"], ["L-000001", "'+447700900101"]]}</c>
/// (the shape of the sample corpus's seed/leads.json). Strings are typed as they are; numbers and booleans as their text;
/// null leaves a cell alone.
/// </summary>
public sealed class SeedFile
{
    private SeedFile(string tab, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        Tab = tab;
        Rows = rows;
    }

    /// <summary>The tab's title.</summary>
    public string Tab { get; }

    /// <summary>The rows from A1 down, each from column A; null cells are left alone.</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Rows { get; }

    /// <summary>Columns of the widest row.</summary>
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    /// <summary>Reads a seed file; a file that is not that shape throws <see cref="FormatException"/> naming the file.</summary>
    public static SeedFile Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses seed JSON; one that is not that shape throws <see cref="FormatException"/>.</summary>
    public static SeedFile Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("not JSON: " + e.Message, e);
        }
        if (root is not JsonObject seed || seed["tab"] is not JsonValue tabValue || !tabValue.TryGetValue<string>(out var tab) || tab.Length == 0)
            throw new FormatException("expected {\"tab\": \"<title>\", \"rows\": [[...], ...]} with a non-empty tab title.");
        if (seed["rows"] is not JsonArray rowsJson)
            throw new FormatException("\"rows\" must be an array of rows.");
        var rows = new List<IReadOnlyList<string?>>();
        for (var r = 0; r < rowsJson.Count; r++)
        {
            if (rowsJson[r] is not JsonArray cells)
                throw new FormatException($"rows[{r}] is not an array.");
            rows.Add(cells.Select((cell, c) => Text(cell, r, c)).ToList());
        }
        return new SeedFile(tab, rows);
    }

    /// <summary>
    /// Types every cell into the tab (created at the end when missing) from A1 as USER_ENTERED, after growing the grid
    /// when the rows need more rows or columns.
    /// </summary>
    public EmulatedTab ApplyTo(EmulatedSpreadsheet spreadsheet)
    {
        ArgumentNullException.ThrowIfNull(spreadsheet);
        var tab = spreadsheet.TabTitles.Any(t => string.Equals(t, Tab, StringComparison.OrdinalIgnoreCase))
            ? spreadsheet.Tab(Tab)
            : spreadsheet.AddTab(Tab);
        tab.Grow(Rows.Count, Width);
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var c = 0; c < Rows[r].Count; c++)
            {
                if (Rows[r][c] is { } text)
                    tab.Type(A1Range.ColumnLetters(c) + (r + 1).ToString(CultureInfo.InvariantCulture), text);
            }
        }
        return tab;
    }

    private static string? Text(JsonNode? cell, int row, int column) => cell switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "TRUE",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "FALSE",
        _ => throw new FormatException($"rows[{row}][{column}] is not a string, number, boolean or null."),
    };
}
