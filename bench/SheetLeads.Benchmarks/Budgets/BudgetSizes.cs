namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// How much each scenario does: SPEC §9's own numbers, or a quick pass that shows the driver works. The idle cycles
/// are measured after <c>IdleSettleCycles</c> of them (<c>--idle-settle</c>); the image compiles the worker's code once
/// (<c>DOTNET_TieredCompilation=0</c>), so a few are enough.
/// </summary>
internal sealed record BudgetSizes(int[] NewEnquiries, int IdleSheetRows, int IdleCycles, int IdleSettleCycles, int Backfill, int IdleMails, int PollMails, TimeSpan PollInterval)
{
    public static readonly BudgetSizes Full = new([1, 100, 1000], 5000, 10, 3, 10_000, 20, 6, TimeSpan.FromSeconds(15));

    public static readonly BudgetSizes Quick = new([1, 100], 500, 2, 1, 1000, 3, 2, TimeSpan.FromSeconds(10));
}
