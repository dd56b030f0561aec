namespace SheetLeads.Benchmarks.Budgets;

/// <summary>How much each scenario does: SPEC §9's own numbers, or a quick pass that shows the driver works.</summary>
internal sealed record BudgetSizes(int[] NewEnquiries, int IdleSheetRows, int IdleCycles, int Backfill, int IdleMails, int PollMails, TimeSpan PollInterval)
{
    public static readonly BudgetSizes Full = new([1, 100, 1000], 5000, 6, 10_000, 20, 6, TimeSpan.FromSeconds(15));

    public static readonly BudgetSizes Quick = new([1, 100], 500, 2, 1000, 3, 2, TimeSpan.FromSeconds(10));
}
