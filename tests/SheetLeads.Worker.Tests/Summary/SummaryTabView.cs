using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.Tests.Workbook;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>
/// The Summary tab as a person reads it back from the written file or the emulator: each cell as its number format
/// shows it, the Key figures block (label in A, value in B), and each table found by its title row, with its header
/// row and its rows down to the next blank row.
/// </summary>
internal sealed class SummaryTabView
{
    private SummaryTabView(IReadOnlyList<(string Label, string Value)> keyFigures, IReadOnlyDictionary<string, ShownTable> tables)
    {
        KeyFigures = keyFigures;
        Tables = tables;
    }

    public IReadOnlyList<(string Label, string Value)> KeyFigures { get; }

    public IReadOnlyDictionary<string, ShownTable> Tables { get; }

    public ShownTable Table(string title) =>
        Tables.TryGetValue(title, out var table) ? table : throw new Xunit.Sdk.XunitException($"The Summary has no table titled {title}; it has {string.Join(", ", Tables.Keys)}.");

    /// <summary>The Summary tab as Google shows it.</summary>
    public static SummaryTabView Of(EmulatedTab tab) => Parse(tab.FormattedValues());

    /// <summary>The Summary tab of a saved workbook, each number shown as a spreadsheet shows it with its format.</summary>
    public static SummaryTabView OfWorkbook(string path, string tab = "Summary")
    {
        using var file = XlsxFile.Open(path);
        var rows = file.Sheet(tab).Descendants<Row>().ToDictionary(r => (int)r.RowIndex!.Value);
        var grid = new List<IReadOnlyList<string>>();
        for (var number = 1; number <= rows.Keys.DefaultIfEmpty(0).Max(); number++)
        {
            var cells = rows.TryGetValue(number, out var row) ? row.Elements<Cell>().ToList() : [];
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnOf(c.CellReference!.Value!)) + 1;
            var line = Enumerable.Repeat("", width).ToArray();
            foreach (var cell in cells)
            {
                var reference = cell.CellReference!.Value!;
                var text = file.Text(tab, reference);
                line[ColumnOf(reference)] = cell.DataType is null && text.Length > 0 ? Shown(text, file.FormatCode(cell)) : text;
            }
            grid.Add(line);
        }
        return Parse(grid);
    }

    /// <summary>A stored number as Excel or LibreOffice shows it: to 15 significant digits, then rounded half away
    /// from zero to its format's places.</summary>
    private static string Shown(string stored, string formatCode)
    {
        var value = decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value != 0)
            value = Math.Round(value, Math.Clamp(14 - (int)Math.Floor(Math.Log10((double)Math.Abs(value))), 0, 28), MidpointRounding.AwayFromZero);
        return formatCode switch
        {
            "0.0" => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture),
            "builtin 9" => Math.Round(100 * value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%",
            "builtin 1" => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture),
            "yyyy-mm-dd" => DateTime.FromOADate((double)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "yyyy-mm-dd hh:mm" => DateTime.FromOADate((double)value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            _ => stored,
        };
    }

    private static SummaryTabView Parse(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        static string At(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : "";
        static bool Blank(IReadOnlyList<string> row) => row.All(c => c.Length == 0);

        var r = 0;
        while (r < rows.Count && At(rows[r], 0) != "Key figures")
            r++;
        if (r == rows.Count)
            throw new Xunit.Sdk.XunitException("The Summary has no Key figures block.");
        var figures = new List<(string, string)>();
        for (r++; r < rows.Count && !Blank(rows[r]); r++)
            figures.Add((At(rows[r], 0), At(rows[r], 1)));

        var tables = new Dictionary<string, ShownTable>();
        while (r < rows.Count)
        {
            if (Blank(rows[r]))
            {
                r++;
                continue;
            }
            var title = At(rows[r], 0);
            var header = r + 1 < rows.Count ? rows[r + 1].Where(c => c.Length > 0).ToArray() : [];
            var body = new List<IReadOnlyList<string>>();
            for (r += 2; r < rows.Count && !Blank(rows[r]); r++)
                body.Add(Enumerable.Range(0, header.Length).Select(c => At(rows[r], c)).ToArray());
            tables.Add(title, new ShownTable(header, body));
        }
        return new SummaryTabView(figures, tables);
    }

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
            n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }
}
