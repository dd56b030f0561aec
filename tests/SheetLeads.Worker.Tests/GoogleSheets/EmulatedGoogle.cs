using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>
/// A Sheets v4 emulator on 127.0.0.1 with one service account and one spreadsheet shared with it, and the options a
/// worker needs to reach it (a real key file in a temp folder).
/// </summary>
internal sealed class EmulatedGoogle : IAsyncDisposable
{
    public const string SpreadsheetId = "sheet-under-test";

    private EmulatedGoogle(SheetsEmulator.SheetsEmulator emulator, ServiceAccount account, EmulatedSpreadsheet spreadsheet, string folder)
    {
        Emulator = emulator;
        Account = account;
        Spreadsheet = spreadsheet;
        Folder = folder;
        KeyFile = Path.Combine(folder, "google-sa.json");
        account.WriteKeyFile(KeyFile);
    }

    public SheetsEmulator.SheetsEmulator Emulator { get; }

    public ServiceAccount Account { get; }

    public EmulatedSpreadsheet Spreadsheet { get; }

    /// <summary>A temp folder for the key file and anything else the test needs; removed on dispose.</summary>
    public string Folder { get; }

    public string KeyFile { get; }

    /// <summary>Starts an emulator with a spreadsheet holding the given tabs, shared with the account as Editor.</summary>
    public static async Task<EmulatedGoogle> StartAsync(EmulatorOptions? options = null, params string[] tabs)
    {
        var emulator = await SheetsEmulator.SheetsEmulator.StartAsync(options);
        var account = emulator.CreateServiceAccount();
        var spreadsheet = emulator.CreateSpreadsheet(SpreadsheetId, tabs.Length == 0 ? ["Leads"] : tabs);
        spreadsheet.Share(account.Email);
        var folder = Directory.CreateTempSubdirectory("sheetleads-google-").FullName;
        return new EmulatedGoogle(emulator, account, spreadsheet, folder);
    }

    /// <summary>The Google options pointing at the emulator, with quick retries so fault tests stay short.</summary>
    public GoogleSheetOptions Options() => new()
    {
        SpreadsheetId = SpreadsheetId,
        CredentialsFile = KeyFile,
        BaseUri = Emulator.BaseUri.ToString(),
        RetryDelay = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>The same settings as configuration keys, for a worker host or process.</summary>
    public IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["SheetLeads:Sheet:Backend"] = "Google",
        ["SheetLeads:Sheet:Google:SpreadsheetId"] = SpreadsheetId,
        ["SheetLeads:Sheet:Google:CredentialsFile"] = KeyFile,
        ["SheetLeads:Sheet:Google:BaseUri"] = Emulator.BaseUri.ToString(),
        ["SheetLeads:Sheet:Google:RetryDelay"] = "00:00:00.050",
        ["SheetLeads:Sheet:Google:RequestTimeout"] = "00:00:10",
    };

    /// <summary>A Sheets client for the spreadsheet.</summary>
    public SheetsClient Client(TimeProvider? time = null) => SheetsConnection.Open(Options(), time ?? TimeProvider.System, NullLogger.Instance);

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow machine: the temp folder is cleaned by the system
        }
    }
}
