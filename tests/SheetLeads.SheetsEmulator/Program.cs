using System.Globalization;

namespace SheetLeads.SheetsEmulator;

/// <summary>
/// Standalone mode for local runs:
/// <c>dotnet run --project tests/SheetLeads.SheetsEmulator -- --port 8787 --spreadsheet demo --key-out /tmp/sa.json [--tabs Leads,Team]</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var port = 8787;
        var spreadsheetId = "demo";
        var keyOut = Path.Combine(Path.GetTempPath(), "sheetleads-emulator-sa.json");
        var tabs = new[] { "Sheet1" };
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when value is not null:
                    port = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--spreadsheet" when value is not null:
                    spreadsheetId = value;
                    i++;
                    break;
                case "--key-out" when value is not null:
                    keyOut = value;
                    i++;
                    break;
                case "--tabs" when value is not null:
                    tabs = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: SheetLeads.SheetsEmulator [--port 8787] [--spreadsheet demo] [--key-out FILE] [--tabs Leads,Team]");
                    return 2;
            }
        }
        await using var emulator = await SheetsEmulator.StartAsync(new EmulatorOptions { Port = port });
        var account = emulator.CreateServiceAccount();
        account.WriteKeyFile(keyOut);
        emulator.CreateSpreadsheet(spreadsheetId, tabs).Share(account.Email);
        Console.WriteLine($"Sheets emulator: {emulator.BaseUri}");
        Console.WriteLine($"Spreadsheet id:  {spreadsheetId}");
        Console.WriteLine($"Service account: {account.Email} (key file {keyOut})");
        Console.WriteLine("Ctrl+C stops it.");
        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };
        await stopped.Task;
        return 0;
    }
}
