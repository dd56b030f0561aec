using Microsoft.Extensions.Logging;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// One writer per sheet (SPEC §8): the lease is spreadsheet developer metadata holding the writer's id and an expiry.
/// A worker writes only while it holds an unexpired lease; it takes a free or lapsed one by writing it, waiting a
/// moment and reading it back (the last writer wins, and each claimant sees who did); the lease is renewed in the
/// first batchUpdate of every writing cycle, so a quiet cycle writes nothing and a stopped worker's lease lapses.
/// </summary>
internal sealed class SheetLease(SheetsClient client, IWorkerIdentity identity, TimeSpan duration, TimeProvider time, ILogger logger)
{
    /// <summary>How long a claimant waits before reading the lease back: longer than a read-then-write takes.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private DeveloperMetadata? _entry;
    private LeaseRecord? _record;

    /// <summary>The host name shown to a person in the lease.</summary>
    public static string Host => Environment.MachineName;

    /// <summary>Takes in what the cycle's read saw of the lease.</summary>
    public void Seen(DeveloperMetadata? entry, LeaseRecord? record)
    {
        _entry = entry;
        _record = record;
    }

    /// <summary>Refuses (with the message saying who holds it and until when) while another worker's lease runs.</summary>
    /// <exception cref="SheetUnavailableException">Another worker holds the lease.</exception>
    public async Task RefuseIfHeldByOtherAsync(CancellationToken cancellationToken)
    {
        var me = await identity.WorkerIdAsync(cancellationToken);
        if (_record is { } r && r.Holder != me && r.Until > time.GetUtcNow())
            throw Waiting(r);
    }

    /// <summary>
    /// Makes sure this worker holds the lease before it writes: waits for nobody, but refuses (with a message saying
    /// who holds it and until when) while another worker's lease runs.
    /// </summary>
    /// <exception cref="SheetUnavailableException">Another worker holds the lease.</exception>
    public async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        await RefuseIfHeldByOtherAsync(cancellationToken);
        var me = await identity.WorkerIdAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (_record is { } mine && mine.Holder == me && mine.Until - now > duration / 2)
            return;

        var wanted = new LeaseRecord(me, Host, now + duration);
        var claim = _entry is null ? Create(wanted) : Update(wanted);
        try
        {
            await client.WriteAsync(new BatchUpdateSpreadsheet(client.Api, client.SpreadsheetId, new BatchUpdateSpreadsheetRequest { Requests = [claim] }),
                ct => AppliedAsync(wanted, ct), cancellationToken);
        }
        catch (SheetsCallException e) when (_entry is null && e.Status == System.Net.HttpStatusCode.BadRequest)
        {
            // Another worker created the lease between our read and our claim.
            throw new SheetUnavailableException($"Another SheetLeads worker took the write lease on spreadsheet {client.SpreadsheetId} just now; " +
                                                "this worker waits and tries again next cycle.", e);
        }
        var previous = _record;
        _record = wanted;
        if (previous is null || previous.Holder != me || previous.Until <= now)
        {
            await Task.Delay(Settle, time, cancellationToken);
            var seen = await ReadAsync(cancellationToken);
            _entry = seen;
            _record = LeaseRecord.Parse(seen?.MetadataValue);
            if (_record?.Value != wanted.Value)
                throw Waiting(_record ?? wanted);
            logger.LeaseTaken(client.SpreadsheetId, wanted.Until);
        }
    }

    /// <summary>The request that renews the held lease, for the cycle's first batchUpdate, with the value it sets
    /// (which also tells whether a batchUpdate without an answer was applied).</summary>
    public (Request Request, LeaseRecord Renewed) Renewal(string me)
    {
        var renewed = new LeaseRecord(me, Host, time.GetUtcNow() + duration);
        return (_entry is null ? Create(renewed) : Update(renewed), renewed);
    }

    /// <summary>Records that a renewal was applied.</summary>
    public void Renewed(LeaseRecord renewed)
    {
        _record = renewed;
        _entry ??= new DeveloperMetadata { MetadataId = LeaseRecord.MetadataId, MetadataKey = LeaseRecord.Key, MetadataValue = renewed.Value };
    }

    /// <summary>True when the lease in the sheet now is <paramref name="expected"/> (a write that carried it was applied).</summary>
    public async Task<bool> IsInSheetAsync(LeaseRecord expected, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken))?.MetadataValue == expected.Value;

    private async Task<BatchUpdateSpreadsheetResponse?> AppliedAsync(LeaseRecord wanted, CancellationToken cancellationToken) =>
        await IsInSheetAsync(wanted, cancellationToken) ? new BatchUpdateSpreadsheetResponse() : null;

    private async Task<DeveloperMetadata?> ReadAsync(CancellationToken cancellationToken)
    {
        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "developerMetadata(metadataId,metadataKey,metadataValue)" }, cancellationToken);
        return spreadsheet.DeveloperMetadata?.FirstOrDefault(m => m.MetadataKey == LeaseRecord.Key);
    }

    private SheetUnavailableException Waiting(LeaseRecord holder)
    {
        logger.LeaseHeldByOther(client.SpreadsheetId, holder.Host, holder.Holder, holder.Until);
        return new SheetUnavailableException(
            $"Spreadsheet {client.SpreadsheetId} is being written by another SheetLeads worker (on {holder.Host}, id {holder.Holder}) " +
            $"until {holder.Until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. Only one worker may write a sheet, so this one waits and tries again each " +
            "cycle; if the other worker was stopped or moved, its lease lapses by itself at that time.");
    }

    private static Request Create(LeaseRecord record) => new()
    {
        CreateDeveloperMetadata = new CreateDeveloperMetadataRequest
        {
            DeveloperMetadata = new DeveloperMetadata
            {
                MetadataId = LeaseRecord.MetadataId,
                MetadataKey = LeaseRecord.Key,
                MetadataValue = record.Value,
                Location = new DeveloperMetadataLocation { Spreadsheet = true },
                Visibility = "DOCUMENT",
            },
        },
    };

    private Request Update(LeaseRecord record) => new()
    {
        UpdateDeveloperMetadata = new UpdateDeveloperMetadataRequest
        {
            DataFilters = [new DataFilter { DeveloperMetadataLookup = new DeveloperMetadataLookup { MetadataId = _entry!.MetadataId } }],
            DeveloperMetadata = new DeveloperMetadata { MetadataValue = record.Value },
            Fields = "metadataValue",
        },
    };
}
