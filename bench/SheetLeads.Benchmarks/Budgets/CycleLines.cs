using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>
/// Follows a running worker's log: each finished sync cycle ("sync ok: taken=N …") as it is printed, with the time
/// since the watch began and the enquiries taken in so far.
/// </summary>
internal sealed partial class CycleLines
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(TimeSpan At, int Taken, string Line)> _cycles = [];
    private readonly List<string> _problems = [];
    private readonly List<string> _all = [];
    private readonly object _gate = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Add(string line)
    {
        var match = CycleFinished().Match(line);
        lock (_gate)
        {
            _all.Add(line);
            if (match.Success)
                _cycles.Add((_clock.Elapsed, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), line.Trim()));
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || line.Contains("sync failed", StringComparison.Ordinal))
                _problems.Add(line);
        }
    }

    /// <summary>Whether any line so far holds <paramref name="fragment"/> (e.g. an event id, "[7001]").</summary>
    public bool Saw(string fragment) { lock (_gate) return _all.Any(l => l.Contains(fragment, StringComparison.Ordinal)); }

    public int Count { get { lock (_gate) return _cycles.Count; } }

    public int TakenSoFar { get { lock (_gate) return _cycles.Sum(c => c.Taken); } }

    public (TimeSpan At, int Taken, string Line) this[int index] { get { lock (_gate) return _cycles[index]; } }

    /// <summary>Waits until <paramref name="done"/> holds; fails naming the last cycle when it does not within <paramref name="limit"/>.</summary>
    public async Task WaitAsync(Func<CycleLines, bool> done, TimeSpan limit, string what)
    {
        var until = _clock.Elapsed + limit;
        while (!done(this))
        {
            lock (_gate)
            {
                if (_clock.Elapsed > until || _problems.Count > 0)
                    throw new TimeoutException($"{what}: not within {limit.TotalSeconds:0} s. Last cycle: {(_cycles.Count == 0 ? "none" : _cycles[^1].Line)}; problems: {string.Join(" | ", _problems)}");
            }
            await Task.Delay(20);
        }
    }

    [GeneratedRegex(@"sync ok: taken=(\d+) ")]
    private static partial Regex CycleFinished();
}
