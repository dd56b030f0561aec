using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Planning;

/// <summary>Everything one plan is made from.</summary>
/// <param name="Sheet">The Leads tab as read this cycle.</param>
/// <param name="Items">Everything the channels read this cycle.</param>
/// <param name="AlreadyTaken">Those of the items' references the worker's state records as taken in before.</param>
/// <param name="HighestIssued">The highest Lead ID the worker ever issued (IDs are never reused).</param>
/// <param name="LastRoundRobin">The member round-robin chose last.</param>
/// <param name="Now">This cycle's clock reading.</param>
public sealed record PlanInput(
    SheetSnapshot Sheet,
    IReadOnlyList<TakenItem> Items,
    IReadOnlySet<Reference> AlreadyTaken,
    LeadId? HighestIssued,
    string? LastRoundRobin,
    DateTimeOffset Now)
{
    /// <summary>The team's replies the mailbox channels read from their Sent folders this cycle (SPEC §4).</summary>
    public IReadOnlyList<TeamReply> Replies { get; init; } = [];
}
