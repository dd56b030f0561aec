using System.Diagnostics;
using System.Text;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>The real worker in <c>run</c> mode, its log watched while it runs (the workbook is not: a reader holding
/// the file would make the worker's write wait); killed when disposed.</summary>
internal sealed partial class RunningWorker : IAsyncDisposable
{
    private readonly StringBuilder _log = new();

    private RunningWorker(Process process)
    {
        Process = process;
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    /// <summary>Everything logged so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public static RunningWorker Start(Workspace workspace, IReadOnlyDictionary<string, string>? environment) =>
        new(workspace.Start(environment, "run"));

    /// <summary>The webhook endpoint's address once the worker logged it (waits up to 30 s), or null.</summary>
    public async Task<string?> WebhookAddressAsync()
    {
        string? address = null;
        await Eventually.TrueAsync(() => (address = WebhookListening().Match(Log) is { Success: true } m ? m.Groups[1].Value : null) is not null, TimeSpan.FromSeconds(30));
        return address;
    }

    public bool Logged(string text) => Log.Contains(text, StringComparison.Ordinal);

    /// <summary>How many log lines hold <paramref name="text"/>.</summary>
    public int Count(string text) => Log.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Kills the worker at once (SIGKILL), as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
            Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
    }

    public override string ToString() => Log;

    [System.Text.RegularExpressions.GeneratedRegex(@"Webhook endpoint listening on (http://127\.0\.0\.1:\d+)")]
    private static partial System.Text.RegularExpressions.Regex WebhookListening();

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Process.Dispose();
    }
}

/// <summary>Waiting for something a separate process does, up to a limit.</summary>
internal static class Eventually
{
    public static Task<bool> TrueAsync(Func<bool> done, TimeSpan within) => TrueAsync(() => Task.FromResult(done()), within);

    public static async Task<bool> TrueAsync(Func<Task<bool>> done, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (await done())
                return true;
            await Task.Delay(100);
        }
        return await done();
    }
}
