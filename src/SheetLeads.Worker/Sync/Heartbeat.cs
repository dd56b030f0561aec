using System.Globalization;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.Sync;

/// <summary>
/// A file beside the state file rewritten after every cycle with its time and result. The container's
/// HEALTHCHECK fails when it goes stale, so a hung worker is restarted rather than silently idle.
/// </summary>
internal sealed class Heartbeat(string path, TimeProvider clock)
{
    public const string FileName = "heartbeat";

    public string Path { get; } = path;

    public async Task BeatAsync(CycleReport report, CancellationToken cancellationToken)
    {
        var line = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) + " " + report.SummaryLine() + "\n";
        try
        {
            await File.WriteAllTextAsync(Path, line, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data volume must not stop the worker; the health check will report it instead.
        }
    }
}
