namespace SheetLeads.Worker.State;

internal sealed partial class SqliteWorkerState : ISummaryMemory
{
    private const string SummaryFingerprint = "summary_fingerprint";
    private const string SummaryAt = "summary_at";

    public async Task<SummaryStamp?> LastSummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var fingerprint = await CounterAsync(connection, SummaryFingerprint, cancellationToken);
        var at = await CounterAsync(connection, SummaryAt, cancellationToken);
        return fingerprint is null || at is null ? null : new SummaryStamp(fingerprint, Instant(at));
    }

    public async Task RecordSummaryAsync(SummaryStamp stamp, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await SetCounterAsync(connection, transaction, SummaryFingerprint, stamp.Fingerprint, cancellationToken);
        await SetCounterAsync(connection, transaction, SummaryAt, Stamp(stamp.At), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
