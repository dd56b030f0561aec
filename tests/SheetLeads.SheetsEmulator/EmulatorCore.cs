using SheetLeads.SheetsEmulator.Auth;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator;

/// <summary>The emulator's state. Every read or change of a spreadsheet happens under <see cref="Gate"/>.</summary>
internal sealed class EmulatorCore(EmulatorOptions options)
{
    private int _seed = 982_451_653;

    public object Gate { get; } = new();

    public EmulatorOptions Options { get; } = options;

    public Uri TokenUri { get; set; } = new("http://127.0.0.1/token");

    public Dictionary<string, SpreadsheetState> Spreadsheets { get; } = new(StringComparer.Ordinal);

    public Accounts Accounts { get; } = new();

    public FaultPlan Faults { get; } = new();

    public RequestLog Log { get; } = new();

    public PersonHooks Person { get; } = new();

    public Quota Quota { get; } = new(options);

    public int NextSeed() => Interlocked.Add(ref _seed, 7_368_787);

    /// <summary>The spreadsheet a test handle refers to; a deleted one can no longer be worked on.</summary>
    public SpreadsheetState Get(string id) =>
        Spreadsheets.TryGetValue(id, out var state) ? state : throw new InvalidOperationException($"No spreadsheet {id} (deleted?).");
}
