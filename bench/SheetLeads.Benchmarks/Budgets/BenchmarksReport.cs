using System.Globalization;
using System.Text;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>BENCHMARKS.md: the machine, the SPEC §9 table, how each figure was taken, the details, and the Core benchmarks.</summary>
internal static class BenchmarksReport
{
    public static string Table(IEnumerable<BudgetLine> lines)
    {
        var text = new StringBuilder("| Budget (SPEC §9) | Measured | Verdict |\n|---|---|---|\n");
        foreach (var line in lines)
            text.Append(CultureInfo.InvariantCulture, $"| {line.Budget} | {line.Measured} | {line.Verdict} |\n");
        return text.ToString();
    }

    public static string Write(BudgetRun run, string measuredOn, string? coreResults, string? analysis)
    {
        var lines = run.Lines().ToList();
        var text = new StringBuilder("# Benchmarks\n\n")
            .Append(CultureInfo.InvariantCulture, $"Measured by `scripts/bench.sh` on {measuredOn}, on {Machine.Describe()}.\n")
            .Append("The worker ran as its published build does in the container (workstation GC, invariant globalization, code compiled once) against a private\n")
            .Append("Dovecot and the Sheets v4 emulator on the same machine; the emulator answers in well under a millisecond, so Google's own\n")
            .Append("latency (typically 100–300 ms a request) adds to the backfill and the enquiry-to-row times in production.\n\n")
            .Append(Table(lines))
            .Append("\n## How each figure was taken\n\n");
        foreach (var line in lines)
            text.Append(CultureInfo.InvariantCulture, $"- {line.Budget.Split(':')[0]}: {line.How}.\n");

        if (analysis is not null && File.Exists(analysis))
            text.Append('\n').Append(File.ReadAllText(analysis).Trim()).Append('\n');

        text.Append("\n## API calls per cycle\n\n| New enquiries | Cycle | Requests (busy cycle) | Requests (next cycle, nothing new) | Requests (the earlier cycle that claimed the lease, 1 mail) |\n|---|---|---|---|---|\n");
        foreach (var a in run.ApiCalls)
            text.Append(CultureInfo.InvariantCulture, $"| {a.Enquiries:N0} | `{a.Line}` | {ApiCallsScenario.Figures.Methods(a.Busy)} | {ApiCallsScenario.Figures.Methods(a.Idle)} | {ApiCallsScenario.Figures.Methods(a.Claim)} |\n");

        text.Append("\n## Backfill and idle cycles\n\n| Mails | Worker backfill | Bare MailKit | Ratio | Cycles | Peak RSS | Idle CPU per cycle | Steady RSS | Last idle cycle |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var b in new[] { run.IdleSheet, run.Backfill }.OfType<BackfillScenario.Figures>())
            text.Append(CultureInfo.InvariantCulture,
                $"| {b.Mails:N0} | {b.Backfill.TotalSeconds:0.0} s | {b.Bare.TotalSeconds:0.0} s | {b.Ratio:0.00}× | {b.Cycles} | {b.PeakRssMb:0} MB | {b.IdleCpuPerCycle.TotalMilliseconds:0} ms | {b.SteadyRssMb:0} MB | `{b.LastIdleLine}` |\n");

        text.Append("\n## Enquiry to row\n\n| Mode | Mails | Median | Worst | Every mail (s) |\n|---|---|---|---|---|\n");
        foreach (var l in new[] { run.WithIdle, run.Polling }.OfType<LatencyScenario.Figures>())
            text.Append(CultureInfo.InvariantCulture,
                $"| {(l.Idle ? "IDLE" : $"polling every {l.Interval.TotalSeconds:0} s")} | {l.Latencies.Count} | {l.Median.TotalSeconds:0.00} s | {l.Worst.TotalSeconds:0.00} s | {string.Join(" ", l.Latencies.Select(x => x.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} |\n");

        if (coreResults is not null && Directory.Exists(coreResults))
        {
            text.Append("\n## Core hot paths (BenchmarkDotNet)\n");
            foreach (var report in Directory.GetFiles(coreResults, "*-report-github.md").Order())
                text.Append('\n').Append(File.ReadAllText(report).Trim()).Append('\n');
        }
        return text.ToString();
    }
}
