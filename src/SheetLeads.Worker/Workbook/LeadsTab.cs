using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The Leads worksheet as a grid of rows and cells found by number and column, whatever order or shorthand the
/// file uses (rows and cells may omit their references; they are filled in, which changes no value).
/// </summary>
internal sealed class LeadsTab
{
    private readonly Dictionary<int, Row> _rows = [];
    private readonly List<int> _numbers = [];

    private LeadsTab(string name, WorksheetPart part)
    {
        Name = name;
        Part = part;
        Data = part.Worksheet.GetFirstChild<SheetData>() ?? part.Worksheet.AppendChild(new SheetData());
        var number = 0;
        foreach (var row in Data.Elements<Row>())
        {
            number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
            row.RowIndex = (uint)number;
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = CellAddress.ColumnOf(cell.CellReference?.Value) ?? column + 1;
                cell.CellReference = CellAddress.Of(column, number);
            }
            if (_rows.TryAdd(number, row))
                _numbers.Add(number);
        }
        _numbers.Sort();
    }

    /// <summary>The tab's name as the workbook spells it.</summary>
    public string Name { get; }

    /// <summary>The worksheet part.</summary>
    public WorksheetPart Part { get; }

    /// <summary>The worksheet.</summary>
    public Worksheet Worksheet => Part.Worksheet;

    /// <summary>The rows.</summary>
    public SheetData Data { get; }

    /// <summary>Every stored row with its number, top to bottom.</summary>
    public IEnumerable<(int Number, Row Row)> Rows => _numbers.Select(n => (n, _rows[n]));

    /// <summary>The worksheet named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static LeadsTab? Find(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>()
            .FirstOrDefault(s => string.Equals(s.Name?.Value, name, StringComparison.OrdinalIgnoreCase));
        if (sheet?.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
            return null;
        return new LeadsTab(sheet.Name!.Value!, worksheet);
    }

    /// <summary>Adds an empty worksheet named <paramref name="name"/> after the other tabs.</summary>
    /// <exception cref="SheetLayoutException">Spreadsheet programs refuse a tab of that name.</exception>
    public static LeadsTab Add(WorkbookPart workbook, string name)
    {
        // Excel will not open a workbook whose tab name is empty, over 31 characters, holds : \ / ? * [ ] or starts or ends with '.
        if (name.Length is 0 or > 31 || name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
            throw new SheetLayoutException(
                $"'{name}' cannot be the name of a tab: it must be 1 to 31 characters, without : \\ / ? * [ ] and not start or end with '. Fix SheetLeads:Sheet:LeadsTab.");
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(new SheetData());
        var sheets = workbook.Workbook.Sheets ??= new Sheets();
        var next = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.AppendChild(new Sheet { Name = name, SheetId = next, Id = workbook.GetIdOfPart(part) });
        return new LeadsTab(name, part);
    }

    /// <summary>The names of the workbook's tabs, for messages.</summary>
    public static IReadOnlyList<string> Names(WorkbookPart workbook) =>
        workbook.Workbook?.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "").ToArray() ?? [];

    /// <summary>The position of the tab among the workbook's tabs (for sheet-local defined names).</summary>
    public uint Position(WorkbookPart workbook)
    {
        var id = workbook.GetIdOfPart(Part);
        return (uint)workbook.Workbook.Sheets!.Elements<Sheet>().TakeWhile(s => s.Id?.Value != id).Count();
    }

    /// <summary>The row with this number, if the file stores one.</summary>
    public Row? RowAt(int number) => _rows.GetValueOrDefault(number);

    /// <summary>The cell at a zero-based column in a row, if stored.</summary>
    public static Cell? CellAt(Row? row, int column) =>
        row?.Elements<Cell>().FirstOrDefault(c => CellAddress.ColumnOf(c.CellReference?.Value) == column);

    /// <summary>The cell at a zero-based column of a row, added (in column order) when the file has none.</summary>
    public Cell CellAtOrNew(int number, int column)
    {
        var row = RowAtOrNew(number);
        Cell? after = null;
        foreach (var cell in row.Elements<Cell>())
        {
            var at = CellAddress.ColumnOf(cell.CellReference?.Value);
            if (at == column)
                return cell;
            if (at > column)
                break;
            after = cell;
        }
        var added = new Cell { CellReference = CellAddress.Of(column, number) };
        // A cell in a row the team styled as a whole takes the row's style; otherwise the column's.
        var style = row.CustomFormat?.Value == true ? row.StyleIndex?.Value : ColumnStyle(column);
        if (style is > 0)
            added.StyleIndex = style;
        if (after is null)
            row.PrependChild(added);
        else
            row.InsertAfter(added, after);
        // spans is an optional hint of the row's cell range; a stale one is worse than none.
        row.Spans = null;
        return added;
    }

    /// <summary>The header row's texts up to its last non-empty cell.</summary>
    public IReadOnlyList<string> Header(CellReader reader)
    {
        var values = Values(RowAt(1), reader, 0);
        return values.Select(v => v.AsText().Trim()).ToArray();
    }

    /// <summary>A row's values by column, at least <paramref name="width"/> long, trailing empty cells beyond it left out.</summary>
    public static IReadOnlyList<CellValue> Values(Row? row, CellReader reader, int width)
    {
        var values = new List<CellValue>();
        foreach (var cell in row?.Elements<Cell>() ?? [])
        {
            var value = reader.Read(cell);
            if (value.IsEmpty || CellAddress.ColumnOf(cell.CellReference?.Value) is not { } column)
                continue;
            while (values.Count <= column)
                values.Add(CellValue.Empty);
            values[column] = value;
        }
        while (values.Count < width)
            values.Add(CellValue.Empty);
        return values;
    }

    /// <summary>True when a row holds a value or a formula in any cell.</summary>
    public static bool IsOccupied(Row row, CellReader reader) =>
        row.Elements<Cell>().Any(c => CellReader.HasFormula(c) || !reader.Read(c).IsEmpty);

    /// <summary>The number of the last row holding anything (1 when only the header or nothing is there).</summary>
    public int LastOccupiedRow(CellReader reader) =>
        Rows.Where(r => IsOccupied(r.Row, reader)).Select(r => r.Number).DefaultIfEmpty(1).Max();

    /// <summary>How many columns are in use by any row, header included.</summary>
    public int UsedWidth(CellReader reader) =>
        Rows.SelectMany(r => r.Row.Elements<Cell>())
            .Where(c => CellReader.HasFormula(c) || !reader.Read(c).IsEmpty)
            .Select(c => (CellAddress.ColumnOf(c.CellReference?.Value) ?? -1) + 1)
            .DefaultIfEmpty(0).Max();

    /// <summary>Sets the worksheet's recorded used range, when it records one, to what it now holds.</summary>
    public void RefreshDimension(CellReader reader)
    {
        if (Worksheet.SheetDimension is not { } dimension)
            return;
        var width = Math.Max(1, UsedWidth(reader));
        var last = Math.Max(1, _numbers.Count > 0 ? _numbers[^1] : 1);
        dimension.Reference = "A1:" + CellAddress.Of(width - 1, last);
    }

    private Row RowAtOrNew(int number)
    {
        if (_rows.TryGetValue(number, out var existing))
            return existing;
        var row = new Row { RowIndex = (uint)number };
        var index = _numbers.BinarySearch(number);
        var position = ~index;
        if (position == _numbers.Count)
            Data.AppendChild(row);
        else
            Data.InsertBefore(row, _rows[_numbers[position]]);
        _numbers.Insert(position, number);
        _rows[number] = row;
        return row;
    }

    private uint? ColumnStyle(int column) =>
        Worksheet.GetFirstChild<Columns>()?.Elements<Column>()
            .FirstOrDefault(c => c.Min?.Value <= column + 1 && c.Max?.Value >= column + 1)?.Style?.Value;
}
