using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Sync;

/// <summary>What the worker's state holds that a plan needs.</summary>
/// <param name="AlreadyTaken">Those of the asked references that were taken in before.</param>
/// <param name="HighestIssued">The highest Lead ID ever issued.</param>
/// <param name="LastRoundRobin">The member round-robin chose last.</param>
public sealed record WorkerMemory(IReadOnlySet<Reference> AlreadyTaken, LeadId? HighestIssued, string? LastRoundRobin);
