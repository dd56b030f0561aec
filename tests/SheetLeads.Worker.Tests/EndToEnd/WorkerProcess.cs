using System.Diagnostics;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>Runs the real worker binary (SheetLeads.dll, built beside the tests) as a separate process.</summary>
internal static class WorkerProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "worker", "SheetLeads.dll");

    public static async Task<WorkerRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"SheetLeads {string.Join(' ', args)} did not finish in 90 s. Log so far:\n{await stderr}");
        }
        return new WorkerRun(process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // The run must not pick up settings from the developer's or CI's environment.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SheetLeads", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}

/// <summary>What a run of the worker printed and returned.</summary>
internal sealed record WorkerRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The last line on standard output: the cycle summary of <c>sync --once</c>.</summary>
    public string SummaryLine => Stdout.TrimEnd().Split('\n').LastOrDefault()?.Trim() ?? "";

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
