namespace SheetLeads.SheetsEmulator;

/// <summary>A Google Sheets v4 REST emulator on 127.0.0.1, with an OAuth2 token endpoint.</summary>
public sealed class SheetsEmulator : IAsyncDisposable
{
    /// <summary>Starts Kestrel on 127.0.0.1 (a free port unless <see cref="EmulatorOptions.Port"/>).</summary>
    public static Task<SheetsEmulator> StartAsync(EmulatorOptions? options = null) => throw new NotImplementedException();

    /// <summary>The Sheets API root, "http://127.0.0.1:PORT/"; clients append "v4/spreadsheets/...".</summary>
    public Uri BaseUri => throw new NotImplementedException();

    /// <summary>The token endpoint, "http://127.0.0.1:PORT/token".</summary>
    public Uri TokenUri => throw new NotImplementedException();

    /// <summary>Registers a new service account with a fresh RSA key.</summary>
    public ServiceAccount CreateServiceAccount(string email = "sheetleads@test-project.iam.gserviceaccount.com") => throw new NotImplementedException();

    /// <summary>Creates a spreadsheet with these tabs (default "Sheet1"), each 1000 rows x 26 columns, shared with nobody.</summary>
    public EmulatedSpreadsheet CreateSpreadsheet(string? id = null, params string[] tabs) => throw new NotImplementedException();

    /// <summary>An existing spreadsheet.</summary>
    public EmulatedSpreadsheet Spreadsheet(string id) => throw new NotImplementedException();

    /// <summary>Faults to inject.</summary>
    public FaultPlan Faults => throw new NotImplementedException();

    /// <summary>Requests seen.</summary>
    public RequestLog Requests => throw new NotImplementedException();

    /// <summary>A person acting between the worker's read and write.</summary>
    public PersonHooks Person => throw new NotImplementedException();

    /// <summary>Stops the server.</summary>
    public ValueTask DisposeAsync() => throw new NotImplementedException();
}
