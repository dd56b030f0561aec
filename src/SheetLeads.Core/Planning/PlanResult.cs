using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Planning;

/// <summary>A plan and what it means.</summary>
/// <param name="Plan">The changes to write.</param>
/// <param name="Outcomes">One outcome per item read, in the order the items were given.</param>
/// <param name="HighestIssued">The highest Lead ID issued once the plan is written.</param>
/// <param name="LastRoundRobin">The rotation's position once the plan is written.</param>
/// <param name="Adopted">Typed rows given a Lead ID.</param>
/// <param name="Flagged">Rows whose Flag the plan sets to a flag (new or changed; a flag cleared is not counted).</param>
/// <param name="Warnings">Things about the sheet a person should fix, for the log.</param>
public sealed record PlanResult(
    SheetChangePlan Plan,
    IReadOnlyList<ItemOutcome> Outcomes,
    LeadId? HighestIssued,
    string? LastRoundRobin,
    int Adopted,
    int Flagged,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Leads the plan stamps as answered by a reply of the team's (SPEC §4), with that reply.</summary>
    public IReadOnlyDictionary<LeadId, TeamReply> Answered { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<LeadId, TeamReply>.Empty;
}
