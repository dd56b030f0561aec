using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

/// <summary>How a channel has been doing, as the worker's state remembers it (SPEC §6 item 8).</summary>
/// <param name="Channel">The channel's configured name.</param>
/// <param name="FirstPoll">When the worker first tried to read it.</param>
/// <param name="LastSuccess">When a read of it last completed; null if none ever did.</param>
/// <param name="LastError">Its most recent error, if it ever had one.</param>
/// <param name="LastErrorAt">When that error happened.</param>
/// <param name="TakenToday">Its enquiries taken in today (business-local day) as new leads or merged into one.</param>
/// <param name="SkippedToday">Its items skipped today, by reason.</param>
public sealed record ChannelHealth(
    string Channel,
    DateTimeOffset FirstPoll,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int TakenToday,
    IReadOnlyDictionary<SkipReason, int> SkippedToday);
