namespace SheetLeads.SheetsEmulator;

/// <summary>A spreadsheet in the emulator, as a person (or a test) sees it.</summary>
public sealed class EmulatedSpreadsheet
{
    /// <summary>The spreadsheetId.</summary>
    public string Id => throw new NotImplementedException();

    /// <summary>Gives an account access (editor, or viewer when <paramref name="canEdit"/> is false).</summary>
    public void Share(string email, bool canEdit = true) => throw new NotImplementedException();

    /// <summary>Takes an account's access away.</summary>
    public void Unshare(string email) => throw new NotImplementedException();

    /// <summary>Tab titles in order.</summary>
    public IReadOnlyList<string> TabTitles => throw new NotImplementedException();

    /// <summary>A tab by its exact title.</summary>
    public EmulatedTab Tab(string title) => throw new NotImplementedException();

    /// <summary>Adds a 1000 x 26 tab at the end.</summary>
    public EmulatedTab AddTab(string title) => throw new NotImplementedException();

    /// <summary>Spreadsheet-level developer metadata.</summary>
    public IReadOnlyList<DeveloperMetadataView> SpreadsheetMetadata => throw new NotImplementedException();

    /// <summary>Deletes the spreadsheet: later calls answer 404.</summary>
    public void Delete() => throw new NotImplementedException();
}
