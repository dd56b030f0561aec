using SheetLeads.Core.Summary;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>A channel's health today, as the worker recorded it in its state (what the Summary shows); null before its first record.</summary>
internal static class RecordedHealth
{
    public static async Task<ChannelHealth?> OfAsync(Workspace files, string channel)
    {
        var state = new SqliteWorkerState(Path.Combine(files.Root, "data", "state.db"));
        var health = await state.ReadHealthAsync(DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
        return health.SingleOrDefault(h => h.Channel == channel);
    }
}
