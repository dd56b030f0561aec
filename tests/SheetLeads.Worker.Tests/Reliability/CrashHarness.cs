using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;
using SheetLeads.Worker.Tests.Imap;
using Xunit.Abstractions;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// A mailbox of a few hundred enquiries (new customers, repeat customers, customers already in the sheet), a Leads
/// tab a person has typed into, and the real worker run with <c>sync --once</c> again and again: killed at random
/// moments by <see cref="KillRepeatedlyAsync"/>, then left to finish by <see cref="FinishAsync"/>.
/// </summary>
internal sealed partial class CrashHarness : IAsyncDisposable
{
    private const string Channel = "enquiries";
    private const string CustomColumn = "Budget";
    private const int NewCustomers = 200;
    private const int RepeatMails = 60;
    private const int OpenSeeds = 8;
    private const int WonSeeds = 2;
    private const int MailCount = NewCustomers + RepeatMails + 2 * (OpenSeeds + WonSeeds);

    private readonly PrivateDovecot _dovecot;
    private readonly GoogleWorkspace _workspace;
    private readonly ITestOutputHelper _output;
    private readonly Random _random;
    private readonly List<string> _expectedRefs = [];

    /// <summary>What a person typed, by Lead ID and header: team columns and the column the worker does not know.</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _typed = [];

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private int _maxBatch = 40;

    private CrashHarness(int seed, PrivateDovecot dovecot, GoogleWorkspace workspace, ITestOutputHelper output)
    {
        Seed = seed;
        _dovecot = dovecot;
        _workspace = workspace;
        _output = output;
#pragma warning disable CA5394 // A seeded, repeatable sequence is the point: a failing seed can be run again.
        _random = new Random(seed);
#pragma warning restore CA5394
    }

    public int Seed { get; }

    public EmulatedGoogle Google => _workspace.Google;

    private const int ExpectedLeads = OpenSeeds + WonSeeds + NewCustomers + WonSeeds; // a closed lead's customer comes back as a new row

    public static async Task<CrashHarness> StartAsync(int seed, ITestOutputHelper output)
    {
        output.WriteLine($"crash harness seed {seed} (SHEETLEADS_CRASH_SEED={seed} repeats it)");
        var dovecot = await PrivateDovecot.StartAsync();
        var workspace = await GoogleWorkspace.StartAsync(header: false);
        var harness = new CrashHarness(seed, dovecot, workspace, output);
        await harness.SeedAsync();
        return harness;
    }

    /// <summary>
    /// Starts the worker and kills it at a random moment, <paramref name="kills"/> times (counting only kills that found it
    /// still running); with <paramref name="restartDovecot"/>, Dovecot is restarted under about half of the runs. Between
    /// runs a person types into a lead the worker created.
    /// </summary>
    public async Task KillRepeatedlyAsync(int kills, bool restartDovecot = false)
    {
        // Smaller batches the more kills, so the work lasts through the kills instead of the last ones hitting idle cycles.
        _maxBatch = Math.Clamp(MailCount / Math.Max(kills, 1), 5, 40);
        var landed = 0;
        var runs = 0;
        var restarts = 0;
        var lastRun = TimeSpan.FromSeconds(4);
        while (landed < kills && runs < kills * 4 + 10)
        {
            runs++;
            var process = WorkerProcess.Start(_workspace.Files.Root, Environment(), "sync", "--once", "--config", WriteConfig());
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // Anywhere from start-up to a little past the length of the last run that finished by itself: kills land
            // on work however fast this machine is, rather than after a quick run has already ended.
            var delay = TimeSpan.FromMilliseconds(_random.Next(300, (int)Math.Clamp(lastRun.TotalMilliseconds * 1.2, 800, 5000)));
            var started = Stopwatch.StartNew();
            if (restartDovecot && _random.Next(2) == 0)
            {
                var before = TimeSpan.FromMilliseconds(_random.Next(0, (int)delay.TotalMilliseconds));
                await Task.Delay(before);
                await _dovecot.RestartAsync();
                restarts++;
            }
            // Measured from the start: a Dovecot restart takes a second or two of its own, which must not push the
            // kill past the end of a short run.
            if (delay - started.Elapsed is { Ticks: > 0 } left)
                await Task.Delay(left);
            var killed = !process.HasExited;
            var killedAfter = started.Elapsed;
            if (killed)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no finally blocks
                landed++;
            }
            await process.WaitForExitAsync();
            if (!killed)
                lastRun = started.Elapsed;
            await Task.WhenAll(stdout, stderr);
            _output.WriteLine($"{_clock.Elapsed:mm\\:ss\\.f} run {runs}: {(killed ? $"killed after {killedAfter.TotalMilliseconds:0} ms" : $"exit {process.ExitCode}: {LastLine(await stdout)}")}; {_workspace.Read().Rows.Count} leads in the sheet");
            process.Dispose();
            TypeIntoAWorkerLead();
        }
        _output.WriteLine($"{landed} kills in {runs} runs (Sync:MaxBatch {_maxBatch}), {restarts} Dovecot restarts, {_clock.Elapsed:mm\\:ss}");
        Assert.Equal(kills, landed);
    }

    /// <summary>Runs clean cycles until one takes nothing in (at most the batches left plus 30), with any injected faults still on, then one without them.</summary>
    public async Task FinishAsync()
    {
        var allowed = MailCount / _maxBatch + 30;
        for (var cycle = 1; ; cycle++)
        {
            var run = await _workspace.Files.RunAsync(Environment(), "sync", "--once");
            _output.WriteLine($"{_clock.Elapsed:mm\\:ss\\.f} clean cycle {cycle}: exit {run.ExitCode}: {run.SummaryLine}");
            if (run.ExitCode == 0 && run.SummaryLine.StartsWith("sync ok: taken=0 ", StringComparison.Ordinal))
                break;
            Assert.True(cycle < allowed, $"no quiet cycle after {allowed} clean runs of at most {_maxBatch} mails\n" + run);
        }
        Google.Emulator.Faults.Clear();
        var last = await _workspace.Files.RunAsync(Environment(), "sync", "--once");
        Assert.True(last.ExitCode == 0 && last.SummaryLine.StartsWith("sync ok: taken=0 ", StringComparison.Ordinal), last.ToString());
    }

    public async Task AssertEachEnquiryOnceAndPersonCellsKeptAsync()
    {
        var leads = _workspace.Read();
        var header = leads.Header;
        var rows = leads.Rows;

        var ids = rows.Select(r => leads.Cell(r, LeadColumn.LeadId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ExpectedLeads, rows.Count);

        var refs = rows.SelectMany(r => Lines(leads.Cell(r, LeadColumn.Ref))).ToList();
        var doubled = refs.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{g.Key} x{g.Count()}").ToList();
        Assert.True(doubled.Count == 0, "references in the sheet more than once: " + string.Join(", ", doubled));
        var lost = _expectedRefs.Except(refs).ToList();
        Assert.True(lost.Count == 0, "references missing from the sheet: " + string.Join(", ", lost));
        Assert.Equal(_expectedRefs.Order(), refs.Order());

        foreach (var row in rows)
        {
            var id = leads.Cell(row, LeadColumn.LeadId);
            var refCount = Lines(leads.Cell(row, LeadColumn.Ref)).Count;
            Assert.True(leads.Cell(row, LeadColumn.Enquiries) == refCount.ToString(CultureInfo.InvariantCulture),
                $"{id}: Enquiries {leads.Cell(row, LeadColumn.Enquiries)} for {refCount} references");
            // SPEC §3: each merged enquiry appends one dated line to Notes, so a doubled merge shows as a doubled line.
            var appended = Lines(leads.Cell(row, LeadColumn.Notes)).Count(l => MergeNote().IsMatch(l));
            Assert.True(appended == refCount - 1, $"{id}: {appended} merge lines in Notes for {refCount} references");
        }

        foreach (var (id, cells) in _typed)
        {
            var row = leads.Single(LeadColumn.LeadId, id);
            foreach (var (column, text) in cells)
            {
                var actual = Cell(leads, header, row, column);
                if (column == "Notes")
                    Assert.True(actual.StartsWith(text, StringComparison.Ordinal), $"{id} Notes: typed '{text}', now '{actual}'");
                else
                    Assert.True(actual == text, $"{id} {column}: typed '{text}', now '{actual}'");
            }
        }

        var flags = await _dovecot.FlagsAsync();
        Assert.Equal(_expectedRefs.Count(r => r.StartsWith(Channel + ":", StringComparison.Ordinal)), flags.Count);
        Assert.All(flags, f => Assert.Contains("$SheetLeads", f.Keywords));
    }

    public async ValueTask DisposeAsync()
    {
        await _workspace.DisposeAsync();
        await _dovecot.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        _workspace.Files.Config["SheetLeads"]!["Channels"] = new JsonArray();
        Google.Spreadsheet.AddTab("Team").SetRows("A1", ["Name", "Email", "Away"], ["Alice Hart", "", ""], ["Bob Singh", "", ""]); // as init adds it
        var header = LeadColumns.DefaultHeader.Append(CustomColumn).ToArray();
        var rows = new List<string[]> { header };
        for (var i = 1; i <= OpenSeeds + WonSeeds; i++)
        {
            var won = i > OpenSeeds;
            var row = new Dictionary<string, string>
            {
                ["Lead ID"] = $"L-{i:000000}",
                ["Received"] = $"2026-11-0{1 + i % 9} 10:{i:00}",
                ["Source"] = "Phone",
                ["Name"] = $"Seed Person {i}",
                ["Email"] = $"seed{i}@example.com",
                ["Message"] = "Rang about a quote",
                ["Temperature"] = "Warm",
                ["Status"] = won ? "Won" : "Contacted",
                ["Owner"] = i % 2 == 0 ? "Alice Hart" : "Bob Singh",
                ["Next contact"] = $"2026-12-{i:00}",
                ["Notes"] = $"Spoke to them on the phone ({i}), wants a visit",
                ["First response"] = $"2026-11-0{1 + i % 9} 11:{i:00}",
                ["Last enquiry"] = $"2026-11-0{1 + i % 9} 10:{i:00}",
                ["Enquiries"] = "1",
                ["Ref"] = $"phone:seed-{i}",
                [CustomColumn] = $"£{i}000",
            };
            rows.Add(header.Select(h => row.GetValueOrDefault(h, "")).ToArray());
            _expectedRefs.Add($"phone:seed-{i}");
        }
        _workspace.Leads.SetRows("A1", [.. rows]);
        var typed = _workspace.Read();
        foreach (var r in typed.Rows)
        {
            _typed[typed.Cell(r, LeadColumn.LeadId)] = new[] { "Status", "Owner", "Next contact", "Notes", CustomColumn }
                .ToDictionary(c => c, c => Cell(typed, typed.Header, r, c));
        }

        var mails = new List<string>();
        void Mail(string from)
        {
            var n = mails.Count;
            var id = $"m{n}@example.com";
            var date = new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero).AddMinutes(n).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
            mails.Add(Mails.Enquiry(id, from, $"Quote {n}", $"Please quote for job {n}.", date));
            _expectedRefs.Add($"{Channel}:{id}");
        }
        for (var i = 0; i < NewCustomers; i++)
            Mail($"Customer {i} <customer{i}@example.com>");
        for (var i = 0; i < RepeatMails; i++)
            Mail($"Customer {i * 3} <customer{i * 3}@example.com>");
        for (var i = 1; i <= OpenSeeds + WonSeeds; i++)
        {
            Mail($"Seed Person {i} <seed{i}@example.com>");
            Mail($"Seed Person {i} <seed{i}@example.com>");
        }
        await _dovecot.DeliverAsync(mails);
        _output.WriteLine($"{mails.Count} mails in INBOX, {OpenSeeds + WonSeeds} leads typed by a person, {ExpectedLeads} leads expected");
    }

    /// <summary>A person, while no worker runs, sets Status, Notes and Budget of a lead the worker created.</summary>
    private void TypeIntoAWorkerLead()
    {
        var leads = _workspace.Read();
        var candidates = leads.Rows.Where(r => !_typed.ContainsKey(leads.Cell(r, LeadColumn.LeadId))).ToList();
        if (candidates.Count == 0)
            return;
        var row = candidates[_random.Next(candidates.Count)];
        var id = leads.Cell(row, LeadColumn.LeadId);
        var cells = new Dictionary<string, string>
        {
            ["Status"] = "Qualified",
            // The person adds to Notes (the worker's merge lines stay), as SPEC §4 has the worker only append.
            ["Notes"] = (Cell(leads, leads.Header, row, "Notes") + $"\nPerson's note on {id}").TrimStart('\n'),
            [CustomColumn] = $"£{_random.Next(1, 99)}00",
        };
        foreach (var (column, text) in cells)
            _workspace.Leads.Type(A1(leads.Header, row, column), text);
        var now = _workspace.Read();
        _typed[id] = cells.Keys.ToDictionary(c => c, c => Cell(now, now.Header, row, c));
    }

    private Dictionary<string, string> Environment()
    {
        var environment = Google.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        foreach (var (key, value) in _dovecot.ChannelSettings(0, Channel))
            environment[key] = value;
        environment["SheetLeads__Sync__MaxBatch"] = _maxBatch.ToString(CultureInfo.InvariantCulture); // several batches: kills land between as well as inside them
        return environment;
    }

    private string WriteConfig()
    {
        File.WriteAllText(_workspace.Files.ConfigPath, _workspace.Files.Config.ToJsonString());
        return _workspace.Files.ConfigPath;
    }

    private static string Cell(GoogleLeads leads, IReadOnlyList<string> header, int row, string column)
    {
        var c = header.ToList().IndexOf(column);
        var values = leads.RowValues(row);
        return c < values.Count ? values[c] : "";
    }

    private static string A1(IReadOnlyList<string> header, int row, string column) =>
        SheetLeads.Worker.GoogleSheets.Api.A1.Column(header.ToList().IndexOf(column)) + row;

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string LastLine(string stdout) => stdout.TrimEnd().Split('\n').LastOrDefault()?.Trim() ?? "";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} Email:")]
    private static partial Regex MergeNote();
}
