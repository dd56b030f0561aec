using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Sync;

/// <summary>What a successful cycle leaves in the worker's state.</summary>
/// <param name="At">When the cycle ran.</param>
/// <param name="Outcomes">What became of every item read.</param>
/// <param name="Checkpoints">Each channel's new resume point.</param>
/// <param name="HighestIssued">The highest Lead ID issued.</param>
/// <param name="LastRoundRobin">The rotation's position.</param>
public sealed record CycleRecord(
    DateTimeOffset At,
    IReadOnlyList<ItemOutcome> Outcomes,
    IReadOnlyList<ChannelCheckpoint> Checkpoints,
    LeadId? HighestIssued,
    string? LastRoundRobin)
{
    /// <summary>The mails the cycle owes the team (new leads, repeat enquiries), queued with the cycle so that a lead
    /// in the sheet is never left untold and none is told twice.</summary>
    public IReadOnlyList<Notifications.Notice> Notices { get; init; } = [];
}
