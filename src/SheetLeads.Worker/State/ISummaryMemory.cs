namespace SheetLeads.Worker.State;

/// <summary>What the Summary tab last showed, so unchanged figures are not written again and again.</summary>
internal interface ISummaryMemory
{
    /// <summary>The last Summary written, or null.</summary>
    Task<SummaryStamp?> LastSummaryAsync(CancellationToken cancellationToken);

    /// <summary>Remembers the Summary just written.</summary>
    Task RecordSummaryAsync(SummaryStamp stamp, CancellationToken cancellationToken);
}

/// <summary>A Summary as written.</summary>
/// <param name="Fingerprint">Its figures' fingerprint (everything but the time it was computed).</param>
/// <param name="At">When it was written.</param>
internal sealed record SummaryStamp(string Fingerprint, DateTimeOffset At);
