using System.Globalization;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>Runs every SPEC §9 scenario in turn and turns the figures into the report's budget lines.</summary>
internal sealed class BudgetRun(BudgetSizes sizes, string? publishedApp, string? only, TextWriter progress)
{
    public List<ApiCallsScenario.Figures> ApiCalls { get; } = [];

    public BackfillScenario.Figures? IdleSheet { get; private set; }

    public BackfillScenario.Figures? Backfill { get; private set; }

    public LatencyScenario.Figures? WithIdle { get; private set; }

    public LatencyScenario.Figures? Polling { get; private set; }

    public ImageEstimate.Figures? Image { get; private set; }

    public async Task RunAsync()
    {
        foreach (var n in Wanted("api") ? sizes.NewEnquiries : [])
        {
            progress.WriteLine($"API calls per cycle, {n} new enquiries");
            var calls = await InFolderAsync(f => ApiCallsScenario.RunAsync(n, f));
            progress.WriteLine($"  {calls.Line}\n  claim: {ApiCallsScenario.Figures.Methods(calls.Claim)}\n  busy: {ApiCallsScenario.Figures.Methods(calls.Busy)}\n  next: {ApiCallsScenario.Figures.Methods(calls.Idle)}");
            ApiCalls.Add(calls);
        }
        if (Wanted("idle"))
        {
            progress.WriteLine($"Idle cycles on a {sizes.IdleSheetRows:N0}-row sheet");
            IdleSheet = await InFolderAsync(f => BackfillScenario.RunAsync(sizes.IdleSheetRows, sizes.IdleCycles, f, progress, sizes.IdleSettleCycles, "00:00:10"));
        }
        if (Wanted("backfill"))
        {
            progress.WriteLine($"Backfill of {sizes.Backfill:N0} mails");
            Backfill = await InFolderAsync(f => BackfillScenario.RunAsync(sizes.Backfill, 3, f, progress, settleCycles: 1, "00:00:10"));
        }
        if (Wanted("latency"))
        {
            progress.WriteLine("Enquiry to row with IDLE");
            WithIdle = await InFolderAsync(f => LatencyScenario.RunAsync(true, TimeSpan.FromMinutes(1), sizes.IdleMails, f, progress));
            progress.WriteLine($"Enquiry to row, polling every {sizes.PollInterval.TotalSeconds:0} s");
            Polling = await InFolderAsync(f => LatencyScenario.RunAsync(false, sizes.PollInterval, sizes.PollMails, f, progress));
        }
        if (publishedApp is not null)
            Image = ImageEstimate.Measure(publishedApp);
    }

    /// <summary>Whether this run measures every budget (a report needs them all) rather than the one asked for.</summary>
    public bool IsComplete => only is null;

    private bool Wanted(string scenario) => only is null || only == scenario;

    public IEnumerable<BudgetLine> Lines()
    {
        if (ApiCalls.Count > 0)
        {
            var calls = string.Join("; ", ApiCalls.Select(a => $"{a.Enquiries:N0} new: {a.Reads} read + {a.ValueWrites} value write + {a.FormatWrites} format write"));
            yield return new("Sheets API calls per cycle: ≤ 1 read + 1 value write + 1 format write up to 1,000 new enquiries; 0 writes when nothing changed",
                $"{calls}; nothing new: {string.Join("/", ApiCalls.Select(a => a.IdleWrites))} writes", ApiCalls.All(a => a.Met),
                "Sheets requests counted by the emulator during one cycle of `run` while the worker holds the write lease, and during the next (token requests left out). " +
                "The first write after the lease lapsed (no write for 5 minutes, `Sheet:Google:LeaseDuration`) claims it first: 1 more read, 1 metadata write and a 2 s wait (SPEC §8's one writer); see the table below");
        }
        if (IdleSheet is { } idle)
        {
            yield return new("Idle cycle against a 5,000-row sheet: < 50 ms worker CPU",
                F($"{idle.IdleCpuPerCycle.TotalMilliseconds:0} ms CPU per idle cycle ({idle.Rows:N0} rows)"), idle.Rows >= 5000 && idle.IdleCpuPerCycle < TimeSpan.FromMilliseconds(50),
                F($"user + system CPU of the `run` process (/proc) over {idle.IdleCycles} idle cycles 10 s apart, divided by {idle.IdleCycles}: the cycles and all the waiting between them; measured after {idle.SettleCycles} idle cycles,, when .NET has compiled the cycle's code optimised"));
        }
        if (Backfill is { } fill)
        {
            yield return new("Backfill of 10,000 emails from a local IMAP server: < 60 s on 2 cores",
                F($"{fill.Backfill.TotalSeconds:0.0} s for {fill.Mails:N0} ({fill.Cycles} cycles, {fill.Rows:N0} rows)"), fill.Mails >= 10_000 && fill.Backfill < TimeSpan.FromSeconds(60),
                "from starting `run` (process start included) until its cycles had taken every mail in; Dovecot in the same machine");
            yield return new("Backfill within 1.5× a bare MailKit fetch of the same messages",
                F($"{fill.Ratio:0.00}× ({fill.Backfill.TotalSeconds:0.0} s against {fill.Bare.TotalSeconds:0.0} s)"), fill.Ratio <= 1.5,
                "MailKit alone: UID SEARCH ALL, BODY.PEEK[] in batches of 1,000, each message parsed");
        }
        var settled = new[] { IdleSheet, Backfill }.OfType<BackfillScenario.Figures>().ToList();
        if (settled.Count > 0)
        {
            yield return new("Steady-state memory: < 120 MB RSS",
                string.Join(", ", settled.Select(b => F($"{b.SteadyRssMb:0} MB on {b.Rows:N0} rows (peak {b.PeakRssMb:0} MB while taking them in)"))),
                settled.All(b => b.SteadyRssMb < 120), "VmRSS of the `run` process after its idle cycles; the peak is VmHWM");
        }
        if (Image is { } image)
        {
            yield return new("Published image: < 150 MB",
                F($"about {image.TotalMb:0} MB (app {image.AppMb:0} MB + ASP.NET Core and .NET runtimes {image.FrameworksMb:0} MB + Alpine and tzdata ~{ImageEstimate.AlpineMb:0} MB)"),
                null, "no Docker engine on this machine: estimated from the published app, this machine's runtimes and Alpine's usual size");
        }
        if (Polling is { } poll)
        {
            yield return new("Enquiry to row: within the poll interval + 5 s",
                F($"worst {poll.Worst.TotalSeconds:0.0} s, median {poll.Median.TotalSeconds:0.0} s over {poll.Latencies.Count} mails, polling every {poll.Interval.TotalSeconds:0} s"),
                poll.Worst < poll.Interval + TimeSpan.FromSeconds(5), "a server without IDLE; each mail APPENDed at a random moment of the interval, timed until its row is in the Leads tab");
        }
        if (WithIdle is { } push)
        {
            yield return new("Enquiry to row with IDLE: < 5 s",
                F($"worst {push.Worst.TotalSeconds:0.00} s, median {push.Median.TotalSeconds:0.00} s over {push.Latencies.Count} mails"), push.Worst < TimeSpan.FromSeconds(5),
                "each mail APPENDed 1–3 s after the last, timed until its row is in the Leads tab");
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static async Task<T> InFolderAsync<T>(Func<string, Task<T>> scenario)
    {
        var folder = Directory.CreateTempSubdirectory("sheetleads-bench-").FullName;
        try
        {
            return await scenario(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
