namespace SheetLeads.Worker.Hosting;

/// <summary>What the command line asked for: <c>[run | sync --once | init | check] [--config FILE]</c>.</summary>
internal sealed record Invocation(string Command, string? ConfigFile)
{
    public const string Run = "run";
    public const string Sync = "sync";
    public const string Init = "init";
    public const string Check = "check";
    public const string Help = "help";

    public const string Usage = """
        Usage: sheetleads [run | sync --once | init | check] [--config FILE]

          run           poll the channels on a schedule and keep the sheet up to date (default)
          sync --once   run one cycle, print its summary line, exit 0 if it succeeded, 1 if not
          init          create or repair the sheet's tabs, headers, dropdowns and formats
          check         verify the configuration, the sheet and every channel, with a verdict each

          --config FILE the configuration (SPEC §10); default: appsettings.json beside the program
        """;

    public static bool TryParse(IReadOnlyList<string> args, out Invocation invocation, out string? error)
    {
        invocation = new Invocation(Run, null);
        error = null;
        string? command = null;
        string? config = null;
        var once = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--config" or "-c" when i + 1 < args.Count:
                    config = args[++i];
                    break;
                case "--config" or "-c":
                    error = "--config needs a file name.";
                    return false;
                case "--once":
                    once = true;
                    break;
                case "--help" or "-h" or "help":
                    invocation = new Invocation(Help, null);
                    return true;
                case Run or Sync or Init or Check when command is null:
                    command = arg;
                    break;
                default:
                    error = $"Unknown argument '{arg}'.";
                    return false;
            }
        }
        command ??= Run;
        if (command == Sync && !once)
        {
            error = "'sync' runs one cycle: write 'sync --once' (use 'run' to keep syncing).";
            return false;
        }
        if (once && command != Sync)
        {
            error = "--once goes with 'sync'.";
            return false;
        }
        invocation = new Invocation(command, config);
        return true;
    }
}
