using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Planning;

/// <summary>What became of one item read this cycle.</summary>
/// <param name="Item">The item.</param>
/// <param name="Kind">Created, merged, duplicate or skipped.</param>
/// <param name="Lead">The lead it created or merged into.</param>
public sealed record ItemOutcome(TakenItem Item, OutcomeKind Kind, LeadId? Lead = null);

/// <summary>The four outcomes the cycle summary counts (SPEC §10).</summary>
public enum OutcomeKind
{
    /// <summary>Created a new lead.</summary>
    Created,
    /// <summary>Merged into an existing or new lead.</summary>
    Merged,
    /// <summary>Its reference was already taken in.</summary>
    Duplicate,
    /// <summary>Not an enquiry.</summary>
    Skipped,
}
