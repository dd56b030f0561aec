using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator;

/// <summary>A spreadsheet in the emulator, as a person (or a test) sees it.</summary>
public sealed class EmulatedSpreadsheet
{
    private readonly EmulatorCore _core;

    internal EmulatedSpreadsheet(EmulatorCore core, string id)
    {
        _core = core;
        Id = id;
    }

    /// <summary>The spreadsheetId.</summary>
    public string Id { get; }

    /// <summary>Tab titles in order.</summary>
    public IReadOnlyList<string> TabTitles => Read(s => s.Sheets.Select(x => x.Title).ToList());

    /// <summary>Spreadsheet-level developer metadata.</summary>
    public IReadOnlyList<DeveloperMetadataView> SpreadsheetMetadata =>
        Read(s => s.Metadata.Where(m => m.LocationType == "SPREADSHEET").Select(m => m.ToView()).ToList());

    /// <summary>Gives an account access (editor, or viewer when <paramref name="canEdit"/> is false).</summary>
    public void Share(string email, bool canEdit = true) => Read(s => s.Editors[email] = canEdit);

    /// <summary>Takes an account's access away.</summary>
    public void Unshare(string email) => Read(s => s.Editors.Remove(email));

    /// <summary>A tab by its title.</summary>
    public EmulatedTab Tab(string title)
    {
        var sheetId = Read(s => s.SheetByTitle(title)?.SheetId) ?? throw new ArgumentException($"No tab \"{title}\".", nameof(title));
        return new EmulatedTab(_core, Id, sheetId);
    }

    /// <summary>Adds a 1000 x 26 tab at the end, as a person would.</summary>
    public EmulatedTab AddTab(string title)
    {
        var sheetId = Read(s =>
        {
            if (s.SheetByTitle(title) is not null)
                throw new ArgumentException($"A tab \"{title}\" exists already.", nameof(title));
            return s.AddSheet(title).SheetId;
        });
        return new EmulatedTab(_core, Id, sheetId);
    }

    /// <summary>Deletes the spreadsheet: later calls answer 404 "Requested entity was not found.".</summary>
    public void Delete()
    {
        lock (_core.Gate)
            _core.Spreadsheets.Remove(Id);
    }

    private T Read<T>(Func<SpreadsheetState, T> read)
    {
        lock (_core.Gate)
            return read(_core.Get(Id));
    }
}
