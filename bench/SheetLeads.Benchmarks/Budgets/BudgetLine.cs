namespace SheetLeads.Benchmarks.Budgets;

/// <summary>One row of the report: a SPEC §9 budget, what was measured against it, and whether it was met.</summary>
internal sealed record BudgetLine(string Budget, string Measured, bool? Met, string How)
{
    public string Verdict => Met switch { true => "met", false => "NOT MET", null => "not measured" };
}
