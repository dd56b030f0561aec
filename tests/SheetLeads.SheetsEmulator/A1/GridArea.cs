using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.A1;

/// <summary>A range resolved against a tab: zero-based, ends exclusive, clamped to the grid unless told otherwise.</summary>
internal sealed record GridArea(SheetState Sheet, int StartRow, int EndRow, int StartColumn, int EndColumn)
{
    /// <summary>Whether the range named its last row (a write may not go below it).</summary>
    public bool RowsBounded { get; init; } = true;

    /// <summary>Whether the range named its last column (a write may not go right of it).</summary>
    public bool ColumnsBounded { get; init; } = true;

    public int Rows => EndRow - StartRow;

    public int Columns => EndColumn - StartColumn;

    /// <summary>The range as Google writes it in responses: "Leads!A1:Z1000", "'My Tab'!B2".</summary>
    public string ToA1() => Format(Sheet.Title, StartRow, EndRow, StartColumn, EndColumn);

    public static string Format(string title, int startRow, int endRow, int startColumn, int endColumn)
    {
        var start = A1Range.ColumnLetters(startColumn) + (startRow + 1);
        var a1 = A1Range.QuoteTitle(title) + "!" + start;
        if (endRow - startRow == 1 && endColumn - startColumn == 1)
            return a1;
        return a1 + ":" + A1Range.ColumnLetters(endColumn - 1) + endRow;
    }

    /// <summary>
    /// Resolves A1 text against a spreadsheet. A bare name that is a tab's title means the whole tab (titles match
    /// case-insensitively, as Google's do); a range without a tab is on the first tab.
    /// </summary>
    public static GridArea Resolve(SpreadsheetState spreadsheet, string text, bool allowBeyondGrid = false)
    {
        var range = Parse(spreadsheet, text);
        return Resolve(spreadsheet, range, text, allowBeyondGrid);
    }

    public static A1Range Parse(SpreadsheetState spreadsheet, string text)
    {
        if (!text.Contains('!', StringComparison.Ordinal) && !text.StartsWith('\'') && spreadsheet.SheetByTitle(text) is not null)
            return new A1Range(text, null, null, null, null);
        return A1Range.Parse(text);
    }

    public static GridArea Resolve(SpreadsheetState spreadsheet, A1Range range, string text, bool allowBeyondGrid)
    {
        var sheet = range.SheetTitle is null
            ? spreadsheet.Sheets.FirstOrDefault()
            : spreadsheet.SheetByTitle(range.SheetTitle);
        if (sheet is null)
            throw ApiException.BadRequest($"Unable to parse range: {text}");
        var startRow = range.StartRow ?? 0;
        var startColumn = range.StartColumn ?? 0;
        var area = new GridArea(
            sheet,
            startRow,
            range.EndRow ?? Math.Max(sheet.RowCount, startRow + 1),
            startColumn,
            range.EndColumn ?? Math.Max(sheet.ColumnCount, startColumn + 1))
        {
            RowsBounded = range.EndRow is not null && !range.IsSingleCell,
            ColumnsBounded = range.EndColumn is not null && !range.IsSingleCell,
        };
        if (!allowBeyondGrid)
            area.EnsureWithinGrid();
        return area;
    }

    /// <summary>Google's 400 for a range past the tab's rows or columns.</summary>
    public void EnsureWithinGrid()
    {
        if (EndRow <= Sheet.RowCount && EndColumn <= Sheet.ColumnCount)
            return;
        var shown = Format(Sheet.Title, StartRow, EndRow, StartColumn, EndColumn);
        var quoted = "'" + Sheet.Title.Replace("'", "''", StringComparison.Ordinal) + "'" + shown[shown.LastIndexOf('!')..];
        throw ApiException.BadRequest(
            $"Range ({quoted}) exceeds grid limits. Max rows: {Sheet.RowCount}, max columns: {Sheet.ColumnCount}");
    }
}
