using System.Globalization;
using BenchmarkDotNet.Running;
using SheetLeads.Benchmarks.Budgets;

return args.FirstOrDefault() switch
{
    "core" => RunCore(args[1..]),
    "budgets" => await RunBudgetsAsync(args[1..]),
    _ => Usage(),
};

static int RunCore(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}

static async Task<int> RunBudgetsAsync(string[] rest)
{
    string? Option(string name) => Array.IndexOf(rest, name) is var i and >= 0 && i + 1 < rest.Length ? rest[i + 1] : null;
    var sizes = rest.Contains("--quick") ? BudgetSizes.Quick : BudgetSizes.Full;
    if (Option("--idle-cycles") is { } idleCycles)
        sizes = sizes with { IdleCycles = int.Parse(idleCycles, CultureInfo.InvariantCulture) };
    if (Option("--container-memory") is { } memory)
        BenchDeployment.ContainerMemoryMb = int.Parse(memory, CultureInfo.InvariantCulture);
    if (Option("--idle-settle") is { } settle)
        sizes = sizes with { IdleSettleCycles = int.Parse(settle, CultureInfo.InvariantCulture) };
    var run = new BudgetRun(sizes, Option("--published"), Option("--only"), Console.Out);
    await run.RunAsync();
    Console.WriteLine();
    Console.Write(BenchmarksReport.Table(run.Lines()));
    if (Option("--out") is { } path && run.IsComplete)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(path, BenchmarksReport.Write(run, today, Option("--core-results"), Option("--analysis")));
        Console.WriteLine($"written to {path}");
    }
    return run.Lines().All(l => l.Met != false) ? 0 : 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: SheetLeads.Benchmarks core [BenchmarkDotNet arguments]
               SheetLeads.Benchmarks budgets [--quick] [--only api|idle|backfill|latency] [--idle-cycles N] [--idle-settle N] [--container-memory MB] [--published <app folder>] [--core-results <folder>] [--analysis <file>] [--out BENCHMARKS.md]
        """);
    return 2;
}
