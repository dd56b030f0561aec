using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// A deployment of the real worker binary in a temp folder: a config for the Google back end on <see cref="BenchSheet"/>
/// and one channel, a state folder, and ways to run it once or leave it running.
/// </summary>
internal sealed class BenchDeployment
{
    public BenchDeployment(BenchSheet sheet, JsonObject channel, string root, string interval = "00:01:00")
    {
        Root = root;
        Directory.CreateDirectory(Path.Combine(Root, "data"));
        var config = new JsonObject
        {
            ["SheetLeads"] = new JsonObject
            {
                ["Business"] = new JsonObject { ["Name"] = "Harbour Heating (benchmark)", ["TimeZone"] = "Europe/London", ["DefaultRegion"] = "GB", ["OwnDomains"] = new JsonArray("harbourheating.example") },
                ["Team"] = new JsonObject { ["Members"] = new JsonArray(new JsonObject { ["Name"] = "Sam Carter" }, new JsonObject { ["Name"] = "Alex Morgan" }) },
                ["Sheet"] = new JsonObject
                {
                    ["Backend"] = "Google",
                    ["Google"] = new JsonObject { ["SpreadsheetId"] = BenchSheet.SpreadsheetId, ["CredentialsFile"] = sheet.KeyFile, ["BaseUri"] = sheet.Emulator.BaseUri.ToString() },
                },
                ["Channels"] = new JsonArray(channel),
                ["State"] = new JsonObject { ["Path"] = "data/state.db" },
                // The Summary is refreshed at start and then hourly: the measured cycles are sync cycles only.
                ["Sync"] = new JsonObject { ["Interval"] = interval, ["SummaryInterval"] = "01:00:00" },
            },
        };
        File.WriteAllText(ConfigPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public string Root { get; }

    private string ConfigPath => Path.Combine(Root, "appsettings.json");

    /// <summary>As the image runs it (Dockerfile ENV): workstation GC, invariant globalization, the heap limited to half the
    /// container's memory (no limit here: this machine's), code compiled once, optimised.</summary>
    private static readonly Dictionary<string, string> AsInTheImage = new()
    {
        ["DOTNET_gcServer"] = "0",
        ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "true",
        ["DOTNET_GCHeapHardLimitPercent"] = "50",
        ["DOTNET_TieredCompilation"] = "0",
    };

    /// <summary>
    /// The memory of the container to run the worker as if in (<c>budgets --container-memory</c>), or null for none: the
    /// heap limit .NET derives from a container's limit with the image's <c>GCHeapHardLimitPercent=50</c>, set for the
    /// worker alone (the emulator shares the benchmark's process).
    /// </summary>
    public static int? ContainerMemoryMb { get; set; }

    private static Dictionary<string, string> Environment => ContainerMemoryMb is { } mb
        ? new(AsInTheImage) { ["DOTNET_GCHeapHardLimit"] = ((long)mb * 1024 * 1024 / 2).ToString("x", System.Globalization.CultureInfo.InvariantCulture) }
        : AsInTheImage;

    /// <summary>Runs a command to its end (<c>init</c>, <c>sync --once</c>); returns the last line it printed.</summary>
    public async Task<string> RunToEndAsync(params string[] args)
    {
        var run = await WorkerProcess.RunAsync(Root, Environment, [.. args, "--config", ConfigPath]);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"SheetLeads {string.Join(' ', args)} failed: {run}");
        return run.SummaryLine;
    }

    /// <summary>Starts <c>run</c>; every line it logs goes to <paramref name="onLine"/> as it comes.</summary>
    public Process StartRun(Action<string> onLine)
    {
        var process = WorkerProcess.Start(Root, Environment, "run", "--config", ConfigPath);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
