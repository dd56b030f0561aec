using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// A deployment of the real worker binary in a temp folder: a config for the Google back end on <see cref="BenchSheet"/>
/// and one channel, a state folder, and ways to run it once or leave it running.
/// </summary>
internal sealed class BenchDeployment
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "worker", "SheetLeads.dll");

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

    /// <summary>Runs a command to its end (<c>init</c>, <c>sync --once</c>); returns the last line it printed.</summary>
    public async Task<string> RunToEndAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = (await stdout).TrimEnd().Split('\n')[^1].Trim();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"SheetLeads {string.Join(' ', args)} exited {process.ExitCode}: {last}\n{await stderr}");
        return last;
    }

    /// <summary>Starts <c>run</c>; every line it logs goes to <paramref name="onLine"/> as it comes.</summary>
    public Process StartRun(Action<string> onLine)
    {
        var process = Start("run");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(ConfigPath);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SheetLeads", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        // As the image runs it (Dockerfile ENV): workstation GC, invariant globalization.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
