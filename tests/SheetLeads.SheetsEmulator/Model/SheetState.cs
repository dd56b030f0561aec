using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Model;

/// <summary>One tab: its properties and a sparse grid of cells (one dictionary per row that holds anything).</summary>
internal sealed class SheetState
{
    private readonly List<Dictionary<int, Cell>?> _rows;

    public SheetState(int sheetId, string title, int rowCount = 1000, int columnCount = 26)
    {
        SheetId = sheetId;
        Title = title;
        ColumnCount = columnCount;
        _rows = new List<Dictionary<int, Cell>?>(new Dictionary<int, Cell>?[rowCount]);
    }

    private SheetState(SheetState other)
    {
        SheetId = other.SheetId;
        Title = other.Title;
        ColumnCount = other.ColumnCount;
        FrozenRowCount = other.FrozenRowCount;
        FrozenColumnCount = other.FrozenColumnCount;
        Hidden = other.Hidden;
        TabColor = other.TabColor;
        BasicFilter = other.BasicFilter;
        _rows = other._rows.Select(r => r is null ? null : new Dictionary<int, Cell>(r)).ToList();
        RowProperties = new Dictionary<int, DimensionProperties>(other.RowProperties);
        ColumnProperties = new Dictionary<int, DimensionProperties>(other.ColumnProperties);
        Charts = [.. other.Charts];
        ConditionalFormats = [.. other.ConditionalFormats];
    }

    public int SheetId { get; }

    public string Title { get; set; }

    public int RowCount => _rows.Count;

    public int ColumnCount { get; set; }

    public int FrozenRowCount { get; set; }

    public int FrozenColumnCount { get; set; }

    public bool Hidden { get; set; }

    public JsonObject? TabColor { get; set; }

    /// <summary>The basic filter as Google shows it (range, sortSpecs, criteria), never mutated in place.</summary>
    public JsonObject? BasicFilter { get; set; }

    public Dictionary<int, DimensionProperties> RowProperties { get; private set; } = [];

    public Dictionary<int, DimensionProperties> ColumnProperties { get; private set; } = [];

    public List<Chart> Charts { get; } = [];

    /// <summary>Conditional format rules as sent, in order.</summary>
    public List<JsonObject> ConditionalFormats { get; } = [];

    public long CellCount => (long)RowCount * ColumnCount;

    public SheetState Clone() => new(this);

    public Cell? Get(int row, int column) =>
        row < _rows.Count && _rows[row] is { } cells && cells.TryGetValue(column, out var cell) ? cell : null;

    public void Set(int row, int column, Cell? cell)
    {
        var cells = _rows[row];
        if (cell is null || cell.IsEmpty)
        {
            if (cells is null)
                return;
            cells.Remove(column);
            if (cells.Count == 0)
                _rows[row] = null;
            return;
        }
        if (cells is null)
            _rows[row] = cells = [];
        cells[column] = cell;
    }

    /// <summary>Whether a row holds a value in any column from <paramref name="fromColumn"/> to before <paramref name="toColumn"/>.</summary>
    public bool RowHasValue(int row, int fromColumn, int toColumn)
    {
        if (row >= _rows.Count || _rows[row] is not { } cells)
            return false;
        foreach (var (column, cell) in cells)
        {
            if (column >= fromColumn && column < toColumn && cell.Value is not null)
                return true;
        }
        return false;
    }

    /// <summary>The whole row's cells (zero-based column → cell), or null when it holds nothing.</summary>
    public IReadOnlyDictionary<int, Cell>? Row(int row) => row < _rows.Count ? _rows[row] : null;

    /// <summary>
    /// Puts the cells (values and formats) of rows <paramref name="start"/>.. into the order given, within columns
    /// from <paramref name="fromColumn"/> to before <paramref name="toColumn"/>, as a sort does. Row properties and
    /// developer metadata stay where they are.
    /// </summary>
    public void ReorderRows(int start, IReadOnlyList<int> newOrder, int fromColumn, int toColumn)
    {
        var taken = newOrder
            .Select(source => Enumerable.Range(fromColumn, toColumn - fromColumn).Select(c => Get(source, c)).ToList())
            .ToList();
        for (var i = 0; i < taken.Count; i++)
        {
            for (var c = fromColumn; c < toColumn; c++)
                Set(start + i, c, taken[i][c - fromColumn]);
        }
    }

    public void InsertRows(int at, int count)
    {
        _rows.InsertRange(at, new Dictionary<int, Cell>?[count]);
        RowProperties = Shift(RowProperties, at, count);
        BasicFilter = ShiftRange(BasicFilter, "range", "startRowIndex", "endRowIndex", at, count);
    }

    public void DeleteRows(int at, int count)
    {
        _rows.RemoveRange(at, count);
        RowProperties = Shift(RowProperties, at, -count);
        BasicFilter = ShiftRange(BasicFilter, "range", "startRowIndex", "endRowIndex", at, -count);
    }

    public void InsertColumns(int at, int count)
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            if (_rows[r] is { } cells)
                _rows[r] = ShiftCells(cells, at, count);
        }
        ColumnCount += count;
        ColumnProperties = Shift(ColumnProperties, at, count);
        BasicFilter = ShiftRange(BasicFilter, "range", "startColumnIndex", "endColumnIndex", at, count);
    }

    public void DeleteColumns(int at, int count)
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            if (_rows[r] is { } cells)
            {
                var shifted = ShiftCells(cells, at, -count);
                _rows[r] = shifted.Count == 0 ? null : shifted;
            }
        }
        ColumnCount -= count;
        ColumnProperties = Shift(ColumnProperties, at, -count);
        BasicFilter = ShiftRange(BasicFilter, "range", "startColumnIndex", "endColumnIndex", at, -count);
    }

    private static Dictionary<int, Cell> ShiftCells(Dictionary<int, Cell> cells, int at, int delta)
    {
        var shifted = new Dictionary<int, Cell>();
        foreach (var (column, cell) in cells)
        {
            if (column < at)
                shifted[column] = cell;
            else if (delta > 0)
                shifted[column + delta] = cell;
            else if (column >= at - delta)
                shifted[column + delta] = cell;
        }
        return shifted;
    }

    private static Dictionary<int, T> Shift<T>(Dictionary<int, T> map, int at, int delta)
    {
        var shifted = new Dictionary<int, T>();
        foreach (var (index, value) in map)
        {
            if (index < at)
                shifted[index] = value;
            else if (delta > 0)
                shifted[index + delta] = value;
            else if (index >= at - delta)
                shifted[index + delta] = value;
        }
        return shifted;
    }

    /// <summary>Moves a stored GridRange as rows or columns are inserted (delta &gt; 0) or deleted (delta &lt; 0) at <paramref name="at"/>.</summary>
    private static JsonObject? ShiftRange(JsonObject? holder, string property, string startKey, string endKey, int at, int delta)
    {
        if (holder?[property] is not JsonObject range)
            return holder;
        var copy = (JsonObject)holder.DeepClone();
        var target = (JsonObject)copy[property]!;
        var start = (int?)range[startKey];
        var end = (int?)range[endKey];
        var (newStart, newEnd) = Dimensions.Shift(start ?? 0, end, at, delta);
        if (start is not null)
            target[startKey] = newStart;
        if (end is not null)
            target[endKey] = newEnd;
        return copy;
    }
}
