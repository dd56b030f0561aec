namespace SheetLeads.Worker.Hosting;

/// <summary>The entry point: <c>sheetleads [run | sync --once | init | check] [--config FILE]</c>.</summary>
internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length >= 0 ? 0 : 1);
}
