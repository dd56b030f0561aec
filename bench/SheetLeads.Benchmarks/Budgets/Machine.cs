using System.Globalization;
using System.Runtime.InteropServices;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>The machine the figures were measured on, in one line for the report.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memKb = long.Parse(File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))[9..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{cpu}, {Environment.ProcessorCount} cores, {memKb / 1024.0 / 1024.0:0.#} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
