using System.Globalization;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;
using SheetLeads.SheetsEmulator.Values;

namespace SheetLeads.SheetsEmulator;

/// <summary>One tab (sheet) of an emulated spreadsheet, as a person sees it. Cell addresses are A1 ("B3"), rows 1-based.</summary>
public sealed class EmulatedTab
{
    private readonly EmulatorCore _core;
    private readonly string _spreadsheetId;

    internal EmulatedTab(EmulatorCore core, string spreadsheetId, int sheetId)
    {
        _core = core;
        _spreadsheetId = spreadsheetId;
        SheetId = sheetId;
    }

    /// <summary>The tab's sheetId.</summary>
    public int SheetId { get; }

    /// <summary>The tab's title.</summary>
    public string Title => Read((_, t) => t.Title);

    /// <summary>Rows in the grid.</summary>
    public int RowCount => Read((_, t) => t.RowCount);

    /// <summary>Columns in the grid.</summary>
    public int ColumnCount => Read((_, t) => t.ColumnCount);

    /// <summary>Frozen rows.</summary>
    public int FrozenRowCount => Read((_, t) => t.FrozenRowCount);

    /// <summary>The basic filter's range in A1 without the tab (e.g. "A1:Q1000"), or null.</summary>
    public string? BasicFilterRange => Read((_, t) =>
    {
        if (t.BasicFilter?["range"] is not JsonObject range)
            return null;
        var a1 = GridArea.Format(t.Title, (int?)range["startRowIndex"] ?? 0, (int?)range["endRowIndex"] ?? t.RowCount,
            (int?)range["startColumnIndex"] ?? 0, (int?)range["endColumnIndex"] ?? t.ColumnCount);
        return a1[(a1.LastIndexOf('!') + 1)..];
    });

    /// <summary>Charts on this tab.</summary>
    public int ChartCount => Read((_, t) => t.Charts.Count);

    /// <summary>Each chart's spec as JSON.</summary>
    public IReadOnlyList<string> ChartSpecs => Read((_, t) => t.Charts.Select(c => c.Spec.ToJsonString()).ToList());

    /// <summary>Conditional format rules on this tab.</summary>
    public int ConditionalFormatCount => Read((_, t) => t.ConditionalFormats.Count);

    /// <summary>A snapshot of one cell, e.g. "B3".</summary>
    public EmulatedCell Cell(string a1) => Read((s, t) =>
    {
        var (row, column) = Address(t, a1);
        var cell = t.Get(row, column);
        var renderer = new CellRenderer(s);
        var effective = renderer.Effective(t, row, column);
        return new EmulatedCell
        {
            UserEnteredValue = Plain(cell?.Value),
            EffectiveValue = Plain(effective),
            FormattedValue = renderer.Formatted(t, row, column),
            IsFormula = cell?.Value is FormulaValue,
            BackgroundRgb = Background(cell),
            NumberFormatType = (string?)cell?.NumberFormat?["type"],
            NumberFormatPattern = (string?)cell?.NumberFormat?["pattern"],
        };
    });

    /// <summary>Formatted values as Google shows them, trailing empty rows and cells trimmed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FormattedValues() => Read((s, t) =>
    {
        var values = ValueGrid.Read(new CellRenderer(s), new GridArea(t, 0, t.RowCount, 0, t.ColumnCount), "ROWS", "FORMATTED_VALUE", "SERIAL_NUMBER");
        return (IReadOnlyList<IReadOnlyList<string>>)(values ?? [])
            .Select(r => (IReadOnlyList<string>)((JsonArray)r!).Select(v => (string?)v ?? "").ToList())
            .ToList();
    });

    /// <summary>A person typing into one cell (parsed as USER_ENTERED; "" clears it).</summary>
    public void Type(string a1, string text) => SetRows(a1, [text]);

    /// <summary>A person typing many cells from <paramref name="a1"/> on (parsed as USER_ENTERED).</summary>
    public void SetRows(string a1, params string[][] rows) => Read((_, t) =>
    {
        var (row, column) = Address(t, a1);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (row + r >= t.RowCount || column + c >= t.ColumnCount)
                    throw new ArgumentOutOfRangeException(nameof(rows), "A person cannot type outside the grid.");
                ValueWriter.WriteCell(t, row + r, column + c, JsonValue.Create(rows[r][c]), "USER_ENTERED");
            }
        }
        return 0;
    });

    /// <summary>
    /// Adds empty rows at the bottom and columns at the right until the grid has at least
    /// <paramref name="rowCount"/> x <paramref name="columnCount"/> cells, as a person does with "Add more rows"; never shrinks it.
    /// </summary>
    public void Grow(int rowCount, int columnCount) => Read((s, t) =>
    {
        var rows = Math.Max(rowCount, t.RowCount);
        var columns = Math.Max(columnCount, t.ColumnCount);
        if (s.CellCount - t.CellCount + (long)rows * columns > SpreadsheetState.MaxCells)
            throw new ArgumentOutOfRangeException(nameof(rowCount), $"{rows} x {columns} would take the spreadsheet past {SpreadsheetState.MaxCells} cells.");
        if (rows > t.RowCount)
            s.InsertDimension(t, "ROWS", t.RowCount, rows - t.RowCount);
        if (columns > t.ColumnCount)
            s.InsertDimension(t, "COLUMNS", t.ColumnCount, columns - t.ColumnCount);
        return 0;
    });

    /// <summary>
    /// Data &gt; Sort range on the rows below <paramref name="headerRows"/> down to the last row with a value, by a
    /// zero-based column: moves cell contents and formats; row developer metadata stays at its position (Google does
    /// not document a sort moving it).
    /// </summary>
    public void SortRows(int columnIndex, bool ascending = true, int headerRows = 1) => Read((s, t) =>
    {
        var last = t.RowCount;
        while (last > headerRows && !t.RowHasValue(last - 1, 0, t.ColumnCount))
            last--;
        if (last > headerRows)
            RowSorter.Sort(s, new GridArea(t, headerRows, last, 0, t.ColumnCount), [(columnIndex, ascending)]);
        return 0;
    });

    /// <summary>Inserts rows before a 1-based row number; row developer metadata moves with its row (as Google documents).</summary>
    public void InsertRows(int beforeRowNumber, int count = 1) => Read((s, t) =>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beforeRowNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(beforeRowNumber, t.RowCount + 1);
        s.InsertDimension(t, "ROWS", beforeRowNumber - 1, count);
        return 0;
    });

    /// <summary>Deletes rows from a 1-based row number; metadata on them is deleted, the rest moves up.</summary>
    public void DeleteRows(int rowNumber, int count = 1) => Read((s, t) =>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowNumber + count - 1, t.RowCount);
        s.DeleteDimension(t, "ROWS", rowNumber - 1, count);
        return 0;
    });

    /// <summary>Developer metadata on one 1-based row.</summary>
    public IReadOnlyList<DeveloperMetadataView> RowMetadata(int rowNumber) => Read((s, t) =>
        s.Metadata.Where(m => m.SheetId == t.SheetId && m.LocationType == "ROW" && m.StartIndex <= rowNumber - 1 && m.EndIndex > rowNumber - 1)
            .Select(m => m.ToView())
            .ToList());

    /// <summary>The data validation rule of a cell, or null.</summary>
    public DataValidationView? DataValidation(string a1) => Read((_, t) =>
    {
        var (row, column) = Address(t, a1);
        if (t.Get(row, column)?.Validation is not { } rule)
            return null;
        var condition = rule["condition"] as JsonObject;
        return new DataValidationView(
            (string?)condition?["type"] ?? "",
            (condition?["values"] as JsonArray ?? []).Select(v => (string?)v?["userEnteredValue"] ?? "").ToList(),
            (bool?)rule["strict"] ?? false,
            (bool?)rule["showCustomUi"] ?? false);
    });

    /// <summary>A column's pixel width when one was set (zero-based column index), or null.</summary>
    public int? ColumnWidth(int columnIndex) => Read((_, t) => t.ColumnProperties.TryGetValue(columnIndex, out var p) ? p.PixelSize : null);

    /// <summary>Whether a 1-based row is hidden by a user.</summary>
    public bool IsRowHidden(int rowNumber) => Read((_, t) => t.RowProperties.TryGetValue(rowNumber - 1, out var p) && p.HiddenByUser);

    /// <summary>Background colour of a cell as hex RRGGBB, or null.</summary>
    public string? BackgroundRgb(string a1) => Cell(a1).BackgroundRgb;

    /// <summary>Number format type of a cell, or null.</summary>
    public string? NumberFormatType(string a1) => Cell(a1).NumberFormatType;

    /// <summary>Number format pattern of a cell, or null.</summary>
    public string? NumberFormatPattern(string a1) => Cell(a1).NumberFormatPattern;

    private static object? Plain(CellValue? value) => value switch
    {
        TextValue t => t.Text,
        NumberValue n => n.Number,
        BoolValue b => b.Value,
        FormulaValue f => f.Formula,
        ErrorValue e => e.Shown,
        _ => null,
    };

    private static string? Background(Cell? cell)
    {
        var color = cell?.Format?["backgroundColor"] as JsonObject ?? cell?.Format?["backgroundColorStyle"]?["rgbColor"] as JsonObject;
        if (color is null)
            return null;
        static int Channel(JsonNode? node) => (int)Math.Round(Math.Clamp((double?)node ?? 0, 0, 1) * 255);
        return string.Create(CultureInfo.InvariantCulture, $"{Channel(color["red"]):X2}{Channel(color["green"]):X2}{Channel(color["blue"]):X2}");
    }

    private static (int Row, int Column) Address(SheetState sheet, string a1)
    {
        if (!A1Range.TryParse(a1, out var range) || !range.IsSingleCell)
            throw new ArgumentException($"Not a cell address: {a1}", nameof(a1));
        var row = range.StartRow!.Value;
        var column = range.StartColumn!.Value;
        if (row >= sheet.RowCount || column >= sheet.ColumnCount)
            throw new ArgumentOutOfRangeException(nameof(a1), $"{a1} is outside the grid ({sheet.RowCount} x {sheet.ColumnCount}).");
        return (row, column);
    }

    private T Read<T>(Func<SpreadsheetState, SheetState, T> read)
    {
        lock (_core.Gate)
        {
            var spreadsheet = _core.Get(_spreadsheetId);
            var sheet = spreadsheet.SheetById(SheetId) ?? throw new InvalidOperationException($"Tab {SheetId} was deleted.");
            return read(spreadsheet, sheet);
        }
    }
}
