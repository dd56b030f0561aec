using System.Globalization;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>What Linux says a running process has used: CPU time (user + system) and resident memory, from /proc.</summary>
internal static class ProcessProbe
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, fixed at 100 on Linux

    /// <summary>CPU time the process has used so far.</summary>
    public static TimeSpan Cpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident memory now (VmRSS), in MB.</summary>
    public static double RssMb(int pid) => StatusKb(pid, "VmRSS:") / 1024.0;

    /// <summary>The most resident memory the process has had (VmHWM), in MB.</summary>
    public static double PeakRssMb(int pid) => StatusKb(pid, "VmHWM:") / 1024.0;

    private static long StatusKb(int pid, string key)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
