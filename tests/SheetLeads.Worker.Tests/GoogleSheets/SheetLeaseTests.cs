using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>SPEC §8: one writer per sheet, through the lease in the spreadsheet's developer metadata.</summary>
public sealed class SheetLeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_lease_is_taken_refused_to_a_second_worker_while_it_runs_and_taken_over_once_it_lapses()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        using var clientA = google.Client(_time);
        using var clientB = google.Client(_time);
        var a = new SheetLease(clientA, new Id("worker-a"), Duration, _time, NullLogger.Instance);
        var b = new SheetLease(clientB, new Id("worker-b"), Duration, _time, NullLogger.Instance);

        await Settled(a.EnsureHeldAsync(default));
        await SeeAsync(b, clientB);
        var refused = await Assert.ThrowsAsync<SheetUnavailableException>(() => b.EnsureHeldAsync(default));
        Assert.Contains("another SheetLeads worker", refused.Message);
        Assert.Contains("worker-a", refused.Message);

        _time.Advance(Duration + TimeSpan.FromSeconds(1));
        await SeeAsync(b, clientB);
        await Settled(b.EnsureHeldAsync(default));

        await SeeAsync(a, clientA);
        var nowRefused = await Assert.ThrowsAsync<SheetUnavailableException>(() => a.EnsureHeldAsync(default));
        Assert.Contains("worker-b", nowRefused.Message);
        Assert.Single(google.Spreadsheet.SpreadsheetMetadata, m => m.MetadataKey == LeaseRecord.Key);
    }

    [Fact]
    public async Task A_worker_holding_a_fresh_lease_writes_without_claiming_it_again()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        using var client = google.Client(_time);
        var lease = new SheetLease(client, new Id("worker-a"), Duration, _time, NullLogger.Instance);
        await Settled(lease.EnsureHeldAsync(default));
        await SeeAsync(lease, client);
        google.Emulator.Requests.Clear();

        await lease.EnsureHeldAsync(default);

        Assert.DoesNotContain(google.Emulator.Requests.All, r => r.Method != "token");
    }

    // A claim waits a moment before reading the lease back: let that moment pass on the fake clock.
    private async Task Settled(Task claim)
    {
        for (var i = 0; i < 100 && !claim.IsCompleted; i++)
        {
            await Task.Delay(20);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }
        await claim;
    }

    private static async Task SeeAsync(SheetLease lease, SheetsClient client)
    {
        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "developerMetadata" }, default);
        var entry = spreadsheet.DeveloperMetadata?.FirstOrDefault(m => m.MetadataKey == LeaseRecord.Key);
        lease.Seen(entry, LeaseRecord.Parse(entry?.MetadataValue));
    }

    private sealed class Id(string id) : IWorkerIdentity
    {
        public Task<string> WorkerIdAsync(CancellationToken cancellationToken) => Task.FromResult(id);
    }
}
