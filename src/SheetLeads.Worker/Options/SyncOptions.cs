namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Sync</c>.</summary>
internal sealed class SyncOptions
{
    public const string Section = "SheetLeads:Sync";

    /// <summary>Time between sync cycles. Default: 1 minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time between Summary rewrites. Default: 5 minutes.</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most messages and submissions taken in by one cycle; the rest follow at once. Default: 1,000.</summary>
    public int MaxBatch { get; set; } = 1000;
}
