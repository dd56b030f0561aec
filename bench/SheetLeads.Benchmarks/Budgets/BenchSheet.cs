using SheetLeads.SheetsEmulator;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// The Sheets v4 emulator on 127.0.0.1 with one spreadsheet shared with one service account, the key file in a temp
/// folder: the Google back end the benchmark's worker writes to, with every request it makes counted.
/// </summary>
internal sealed class BenchSheet : IAsyncDisposable
{
    public const string SpreadsheetId = "bench-sheet";

    private BenchSheet(SheetsEmulator.SheetsEmulator emulator, EmulatedSpreadsheet spreadsheet, string keyFile)
    {
        Emulator = emulator;
        Spreadsheet = spreadsheet;
        KeyFile = keyFile;
    }

    public SheetsEmulator.SheetsEmulator Emulator { get; }

    public EmulatedSpreadsheet Spreadsheet { get; }

    public string KeyFile { get; }

    public static async Task<BenchSheet> StartAsync(string folder)
    {
        // Google's own per-minute quotas are per project and raised on request; the benchmark measures the worker, not them.
        var emulator = await SheetsEmulator.SheetsEmulator.StartAsync(new EmulatorOptions { ReadsPerMinutePerUser = 10_000, WritesPerMinutePerUser = 10_000 });
        var account = emulator.CreateServiceAccount();
        var spreadsheet = emulator.CreateSpreadsheet(SpreadsheetId, "Leads");
        spreadsheet.Share(account.Email);
        var keyFile = Path.Combine(folder, "google-sa.json");
        account.WriteKeyFile(keyFile);
        return new BenchSheet(emulator, spreadsheet, keyFile);
    }

    /// <summary>Lead rows in the Leads tab (rows with a Lead ID under the header).</summary>
    public int LeadRows() => Spreadsheet.Tab("Leads").FormattedValues().Skip(1).Count(r => r.Count > 0 && r[0].Length > 0);

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
