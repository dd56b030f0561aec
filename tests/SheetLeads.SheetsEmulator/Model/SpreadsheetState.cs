namespace SheetLeads.SheetsEmulator.Model;

/// <summary>A whole spreadsheet: tabs, developer metadata and who it is shared with.</summary>
internal sealed class SpreadsheetState
{
    /// <summary>Google's limit on cells in a spreadsheet.</summary>
    public const long MaxCells = 10_000_000;

    private int _nextId;

    public SpreadsheetState(string id, string title, int seed)
    {
        Id = id;
        Title = title;
        _nextId = seed;
    }

    private SpreadsheetState(SpreadsheetState other)
    {
        Id = other.Id;
        Title = other.Title;
        Locale = other.Locale;
        TimeZone = other.TimeZone;
        _nextId = other._nextId;
        Sheets = other.Sheets.Select(s => s.Clone()).ToList();
        Metadata = [.. other.Metadata];
        Editors = new Dictionary<string, bool>(other.Editors, StringComparer.OrdinalIgnoreCase);
    }

    public string Id { get; }

    public string Title { get; set; }

    public string Locale { get; set; } = "en_GB";

    public string TimeZone { get; set; } = "Europe/London";

    public List<SheetState> Sheets { get; } = [];

    public List<DeveloperMetadata> Metadata { get; } = [];

    /// <summary>Who the spreadsheet is shared with: e-mail → can edit.</summary>
    public Dictionary<string, bool> Editors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public long CellCount => Sheets.Sum(s => s.CellCount);

    public SpreadsheetState Clone() => new(this);

    /// <summary>A fresh id for a sheet, chart or developer metadata: positive, never repeated, like Google's.</summary>
    public int NextId()
    {
        _nextId = (int)((_nextId * 1103515245L + 12345L) & 0x3FFFFFFF);
        while (Sheets.Any(s => s.SheetId == _nextId) || Metadata.Any(m => m.Id == _nextId) || _nextId == 0)
            _nextId = (_nextId + 7919) & 0x3FFFFFFF;
        return _nextId;
    }

    public SheetState? SheetByTitle(string title) =>
        Sheets.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.Ordinal))
        ?? Sheets.FirstOrDefault(s => string.Equals(s.Title, title, StringComparison.OrdinalIgnoreCase));

    public SheetState? SheetById(int sheetId) => Sheets.FirstOrDefault(s => s.SheetId == sheetId);

    public SheetState AddSheet(string title, int? sheetId = null, int? index = null, int rowCount = 1000, int columnCount = 26)
    {
        var sheet = new SheetState(sheetId ?? NextId(), title, rowCount, columnCount);
        Sheets.Insert(Math.Clamp(index ?? Sheets.Count, 0, Sheets.Count), sheet);
        return sheet;
    }

    public void DeleteSheet(SheetState sheet)
    {
        Sheets.Remove(sheet);
        Metadata.RemoveAll(m => m.SheetId == sheet.SheetId);
    }

    public void EnsureCellLimit()
    {
        if (CellCount > MaxCells)
            throw ApiException.BadRequest($"This action would increase the number of cells in the workbook above the limit of {MaxCells} cells.");
    }

    /// <summary>Inserts rows or columns; developer metadata on them moves with them, as Google documents.</summary>
    public void InsertDimension(SheetState sheet, string dimension, int at, int count)
    {
        if (dimension == "ROWS")
            sheet.InsertRows(at, count);
        else
            sheet.InsertColumns(at, count);
        MoveMetadata(sheet, dimension, at, count);
        EnsureCellLimit();
    }

    /// <summary>Deletes rows or columns; metadata wholly on them is deleted, the rest moves up or left.</summary>
    public void DeleteDimension(SheetState sheet, string dimension, int at, int count)
    {
        if (dimension == "ROWS")
            sheet.DeleteRows(at, count);
        else
            sheet.DeleteColumns(at, count);
        MoveMetadata(sheet, dimension, at, -count);
    }

    private void MoveMetadata(SheetState sheet, string dimension, int at, int delta)
    {
        for (var i = Metadata.Count - 1; i >= 0; i--)
        {
            var m = Metadata[i];
            if (m.SheetId != sheet.SheetId || m.Dimension != dimension)
                continue;
            var (start, end) = Dimensions.Shift(m.StartIndex ?? 0, m.EndIndex, at, delta);
            if (end <= start)
                Metadata.RemoveAt(i);
            else
                Metadata[i] = m with { StartIndex = start, EndIndex = end };
        }
    }
}
