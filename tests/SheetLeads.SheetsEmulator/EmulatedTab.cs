namespace SheetLeads.SheetsEmulator;

/// <summary>One tab (sheet) of an emulated spreadsheet, as a person sees it.</summary>
public sealed class EmulatedTab
{
    /// <summary>The tab's title.</summary>
    public string Title => throw new NotImplementedException();

    /// <summary>The tab's sheetId.</summary>
    public int SheetId => throw new NotImplementedException();

    /// <summary>Rows in the grid.</summary>
    public int RowCount => throw new NotImplementedException();

    /// <summary>Columns in the grid.</summary>
    public int ColumnCount => throw new NotImplementedException();

    /// <summary>Frozen rows.</summary>
    public int FrozenRowCount => throw new NotImplementedException();

    /// <summary>A snapshot of one cell, e.g. "B3".</summary>
    public EmulatedCell Cell(string a1) => throw new NotImplementedException();

    /// <summary>Formatted values as Google shows them, trailing empty rows and cells trimmed.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FormattedValues() => throw new NotImplementedException();

    /// <summary>A person typing into one cell (parsed as USER_ENTERED).</summary>
    public void Type(string a1, string text) => throw new NotImplementedException();

    /// <summary>A person typing many cells from <paramref name="a1"/> on (parsed as USER_ENTERED).</summary>
    public void SetRows(string a1, params string[][] rows) => throw new NotImplementedException();

    /// <summary>Data &gt; Sort range below the header: moves cell contents and formats, not row developer metadata.</summary>
    public void SortRows(int columnIndex, bool ascending = true, int headerRows = 1) => throw new NotImplementedException();

    /// <summary>Inserts rows before a 1-based row number; row metadata moves with its row.</summary>
    public void InsertRows(int beforeRowNumber, int count = 1) => throw new NotImplementedException();

    /// <summary>Deletes rows from a 1-based row number; their metadata goes with them.</summary>
    public void DeleteRows(int rowNumber, int count = 1) => throw new NotImplementedException();

    /// <summary>Developer metadata on one 1-based row.</summary>
    public IReadOnlyList<DeveloperMetadataView> RowMetadata(int rowNumber) => throw new NotImplementedException();

    /// <summary>The data validation rule of a cell, or null.</summary>
    public DataValidationView? DataValidation(string a1) => throw new NotImplementedException();

    /// <summary>The basic filter's range in A1 without the tab (e.g. "A1:Q1000"), or null.</summary>
    public string? BasicFilterRange => throw new NotImplementedException();

    /// <summary>A column's pixel width when one was set (zero-based column index), or null.</summary>
    public int? ColumnWidth(int columnIndex) => throw new NotImplementedException();

    /// <summary>Whether a 1-based row is hidden by a user.</summary>
    public bool IsRowHidden(int rowNumber) => throw new NotImplementedException();

    /// <summary>Charts on this tab.</summary>
    public int ChartCount => throw new NotImplementedException();

    /// <summary>Each chart's spec as JSON.</summary>
    public IReadOnlyList<string> ChartSpecs => throw new NotImplementedException();

    /// <summary>Conditional format rules on this tab.</summary>
    public int ConditionalFormatCount => throw new NotImplementedException();

    /// <summary>Background colour of a cell as hex RRGGBB, or null.</summary>
    public string? BackgroundRgb(string a1) => throw new NotImplementedException();

    /// <summary>Number format type of a cell, or null.</summary>
    public string? NumberFormatType(string a1) => throw new NotImplementedException();

    /// <summary>Number format pattern of a cell, or null.</summary>
    public string? NumberFormatPattern(string a1) => throw new NotImplementedException();
}
