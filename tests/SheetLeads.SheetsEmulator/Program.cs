using System.Globalization;
using System.Runtime.InteropServices;

namespace SheetLeads.SheetsEmulator;

/// <summary>
/// Standalone mode for local runs:
/// <c>dotnet run --project tests/SheetLeads.SheetsEmulator -- --port 8787 --spreadsheet demo --key-out /tmp/sa.json [--tabs Leads,Team] [--seed leads.json]</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (StandaloneOptions.Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(StandaloneOptions.Usage);
            return 2;
        }
        SheetsEmulator emulator;
        try
        {
            emulator = await Standalone.StartAsync(options, Console.Out);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            await Console.Error.WriteLineAsync("Sheets emulator: " + e.Message);
            return 1;
        }
        await using (emulator)
        {
            // Ctrl+C or a plain kill (SIGTERM, as a script's trap sends) stops the server and ends the process.
            var stopped = new TaskCompletionSource();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stopped.TrySetResult();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await stopped.Task;
        }
        return 0;
    }
}

/// <summary>The standalone mode's command line.</summary>
internal sealed record StandaloneOptions
{
    public const string Usage =
        "usage: SheetLeads.SheetsEmulator [--port 8787] [--spreadsheet demo] [--key-out FILE] [--tabs Leads,Team] [--seed FILE]";

    /// <summary>0 picks a free port (the banner's first line names it).</summary>
    public int Port { get; init; } = 8787;

    public string SpreadsheetId { get; init; } = "demo";

    public string KeyOut { get; init; } = Path.Combine(Path.GetTempPath(), "sheetleads-emulator-sa.json");

    public IReadOnlyList<string> Tabs { get; init; } = ["Sheet1"];

    /// <summary>A <see cref="SheetsEmulator.SeedFile"/> to type into the spreadsheet, or null.</summary>
    public string? SeedFile { get; init; }

    /// <summary>The options, or null when the command line is not understood.</summary>
    public static StandaloneOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new StandaloneOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
                return null;
            switch (args[i])
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                        return null;
                    options = options with { Port = port };
                    break;
                case "--spreadsheet":
                    options = options with { SpreadsheetId = value };
                    break;
                case "--key-out":
                    options = options with { KeyOut = value };
                    break;
                case "--tabs":
                    options = options with { Tabs = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--seed":
                    options = options with { SeedFile = value };
                    break;
                default:
                    return null;
            }
            i++;
        }
        return options;
    }
}

/// <summary>Starts the standalone emulator: a service account, its key file, the spreadsheet, the seed, then the banner.</summary>
internal static class Standalone
{
    /// <summary>
    /// Everything is in place before the banner's first line ("Sheets emulator: URL") is written, so a script that waits
    /// for that line sees the seeded sheet. The seed file is read before the server starts: a bad file starts nothing.
    /// </summary>
    public static async Task<SheetsEmulator> StartAsync(StandaloneOptions options, TextWriter output)
    {
        var seed = options.SeedFile is { } seedPath ? SeedFile.Load(seedPath) : null;
        var emulator = await SheetsEmulator.StartAsync(new EmulatorOptions { Port = options.Port });
        try
        {
            var account = emulator.CreateServiceAccount();
            account.WriteKeyFile(options.KeyOut);
            var spreadsheet = emulator.CreateSpreadsheet(options.SpreadsheetId, [.. options.Tabs]);
            spreadsheet.Share(account.Email);
            string? seeded = null;
            if (seed is not null)
            {
                var created = !spreadsheet.TabTitles.Any(t => string.Equals(t, seed.Tab, StringComparison.OrdinalIgnoreCase));
                var tab = seed.ApplyTo(spreadsheet);
                seeded = string.Create(CultureInfo.InvariantCulture,
                    $"Seeded:          {tab.Title}{(created ? " (new tab)" : "")}: {seed.Rows.Count} rows x {seed.Width} columns typed as USER_ENTERED from {options.SeedFile}; grid {tab.RowCount} x {tab.ColumnCount}");
            }
            await output.WriteLineAsync($"Sheets emulator: {emulator.BaseUri}");
            await output.WriteLineAsync($"Spreadsheet id:  {options.SpreadsheetId} (tabs {string.Join(", ", spreadsheet.TabTitles)})");
            await output.WriteLineAsync($"Service account: {account.Email} (key file {options.KeyOut})");
            if (seeded is not null)
                await output.WriteLineAsync(seeded);
            await output.WriteLineAsync($"Test hook:       GET {emulator.BaseUri}_fake/state?spreadsheetId={options.SpreadsheetId}");
            await output.WriteLineAsync("Ctrl+C stops it.");
            await output.FlushAsync();
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }
}
