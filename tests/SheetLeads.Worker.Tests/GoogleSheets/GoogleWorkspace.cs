using SheetLeads.Core.Sheet;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>A deployment folder (config, mail and form folders, state) whose sheet is a spreadsheet on the emulator.</summary>
internal sealed class GoogleWorkspace : IAsyncDisposable
{
    private GoogleWorkspace(EmulatedGoogle google)
    {
        Google = google;
        Files = new Workspace();
    }

    public EmulatedGoogle Google { get; }

    public Workspace Files { get; }

    public EmulatedTab Leads => Google.Spreadsheet.Tab("Leads");

    public GoogleLeads Read() => new(Leads);

    /// <summary>An emulator with one tab (by default a Leads tab with the default header).</summary>
    public static async Task<GoogleWorkspace> StartAsync(EmulatorOptions? options = null, string tabs = "Leads", bool header = true)
    {
        var google = await EmulatedGoogle.StartAsync(options, tabs);
        if (header)
            google.Spreadsheet.Tab("Leads").SetRows("A1", [.. LeadColumns.DefaultHeader]);
        return new GoogleWorkspace(google);
    }

    /// <summary>Runs the real worker with <c>sync --once</c> on the Google back end.</summary>
    public Task<WorkerRun> SyncOnceAsync(IReadOnlyDictionary<string, string>? more = null) => RunAsync(more, "sync", "--once");

    public Task<WorkerRun> RunAsync(IReadOnlyDictionary<string, string>? more, params string[] args)
    {
        var environment = Google.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
            environment[key] = value;
        return Files.RunAsync(environment, args);
    }

    public async ValueTask DisposeAsync()
    {
        Files.Dispose();
        await Google.DisposeAsync();
    }
}
