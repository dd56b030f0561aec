namespace SheetLeads.Core.Sync;

/// <summary>Bounds on one cycle.</summary>
/// <param name="MaxItems">Most items read in one cycle (SPEC §9 budgets one write for up to 1,000).</param>
/// <param name="PlanAttempts">How often a plan is made again when the sheet changed under it.</param>
public sealed record SyncLimits(int MaxItems = 1000, int PlanAttempts = 3);
