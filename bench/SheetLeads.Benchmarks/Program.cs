using BenchmarkDotNet.Running;

return args.FirstOrDefault() switch
{
    "core" => RunCore(args[1..]),
    _ => Usage(),
};

static int RunCore(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: SheetLeads.Benchmarks core [BenchmarkDotNet arguments] | budgets [--out BENCHMARKS.md]");
    return 2;
}
