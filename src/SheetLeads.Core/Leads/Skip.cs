namespace SheetLeads.Core.Leads;

/// <summary>Something read that is not an enquiry; counted and reported, never silently dropped (SPEC §1).</summary>
/// <param name="Reference">Its stable reference.</param>
/// <param name="Origin">Where it was read from.</param>
/// <param name="Reason">Why it was skipped.</param>
/// <param name="Detail">What exactly was seen, for the log.</param>
public sealed record Skip(Reference Reference, string Origin, SkipReason Reason, string Detail) : TakenItem(Reference, Origin);
