using System.Globalization;
using System.Text.RegularExpressions;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>
/// The Summary's figures recounted from the seeded rows straight from SPEC §6, without any of the product's code:
/// instants from the London wall clock with <see cref="TimeZoneInfo"/>, working time counted minute by minute on that
/// clock (only minutes inside opening hours on working days that are not holidays), percentiles as the spreadsheet's
/// PERCENTILE.INC computes them, and every figure as the Summary shows it: counts, hours with one decimal, shares as
/// whole percentages, an empty cell for a figure of no leads.
/// </summary>
internal sealed partial class PlainRecount
{
    /// <summary>How far back the response-time figures look (SPEC §6).</summary>
    private static readonly TimeSpan ResponseWindow = TimeSpan.FromDays(30);

    /// <summary>The default statuses of role new and active (SPEC §4).</summary>
    private static readonly string[] OpenStatuses = ["New", "Incomplete", "Contacted", "Qualified", "Proposal"];

    private readonly IReadOnlyList<SeededLead> _leads;
    private readonly DateTimeOffset _now;
    private readonly DateOnly _today;
    private readonly DateOnly _monday;
    private readonly Dictionary<string, int?> _responses = [];

    public PlainRecount(IReadOnlyList<SeededLead> leads, DateTimeOffset now)
    {
        _leads = leads;
        _now = now;
        _today = DateOnly.FromDateTime(SeededSheet.Local(now));
        _monday = _today.AddDays(-(((int)_today.DayOfWeek + 6) % 7));
    }

    /// <summary>The Key figures block, label and shown value, in SPEC §6 order.</summary>
    public IReadOnlyList<(string Label, string Value)> KeyFigures()
    {
        var month = ThisMonth().ToList();
        var responses = _leads.Select(ResponseMinutes).OfType<int>().ToList();
        var won = month.Count(l => l.Status == "Won");
        return
        [
            ("Open leads", Count(_leads.Count(IsOpen))),
            ("Arrived today", Count(_leads.Count(l => DateOnly.FromDateTime(l.Received) == _today))),
            ("Arrived this week", Count(_leads.Count(l => DateOnly.FromDateTime(l.Received) >= _monday && DateOnly.FromDateTime(l.Received) < _monday.AddDays(7)))),
            ("Arrived this month", Count(month.Count)),
            ("Waiting for first response", Count(_leads.Count(IsWaiting))),
            ("Median first response (working hours)", Hours(Percentile(responses, 0.5m))),
            ("90th percentile first response (working hours)", Hours(Percentile(responses, 0.9m))),
            ("Answered within target", Share(responses.Count(m => m <= SeededSheet.ResponseTarget.TotalMinutes), responses.Count)),
            ("Overdue", Count(_leads.Count(IsOverdue))),
            ("No next step", Count(_leads.Count(l => IsActive(l) && l.NextContact is null))),
            ("Past conversion window", Count(_leads.Count(IsPastWindow))),
            ("Won this month", Count(won)),
            ("Conversion this month", Share(won, month.Count(IsDecided))),
        ];
    }

    /// <summary>Open leads per open status (SPEC §6 item 1).</summary>
    public IReadOnlyDictionary<string, string[]> ByStatus() =>
        OpenStatuses.ToDictionary(s => s, s => new[] { Count(_leads.Count(l => l.Status == s)) });

    /// <summary>Leads per week (from Monday, on the London calendar) for the last 12 weeks, per source in the order given.</summary>
    public IReadOnlyDictionary<string, string[]> LeadsPerWeek(IReadOnlyList<string> sources) =>
        Enumerable.Range(0, 12).Select(i => _monday.AddDays(7 * (i - 11))).ToDictionary(
            monday => monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            monday => sources.Select(s => Count(_leads.Count(l =>
                l.Source == s && DateOnly.FromDateTime(l.Received) >= monday && DateOnly.FromDateTime(l.Received) < monday.AddDays(7)))).ToArray());

    /// <summary>Per source: Leads, Won, Lost, Unqualified, Conversion; all time or the leads that arrived this month.</summary>
    public IReadOnlyDictionary<string, string[]> BySource(bool thisMonth) =>
        (thisMonth ? ThisMonth() : _leads).GroupBy(l => l.Source).ToDictionary(g => g.Key, g =>
        {
            var won = g.Count(l => l.Status == "Won");
            return new[]
            {
                Count(g.Count()), Count(won), Count(g.Count(l => l.Status == "Lost")), Count(g.Count(l => l.Status == "Unqualified")),
                Share(won, g.Count(IsDecided)),
            };
        });

    /// <summary>Per source, or per owner, with an answered or a waiting lead: Answered, Median, 90th percentile, Within
    /// target, Waiting.</summary>
    public IReadOnlyDictionary<string, string[]> ResponseTimes(bool byOwner) =>
        _leads.Where(l => ResponseMinutes(l) is not null || IsWaiting(l)).GroupBy(l => byOwner ? OwnerOf(l) : l.Source).ToDictionary(g => g.Key, g =>
        {
            var minutes = g.Select(ResponseMinutes).OfType<int>().ToList();
            return new[]
            {
                Count(minutes.Count), Hours(Percentile(minutes, 0.5m)), Hours(Percentile(minutes, 0.9m)),
                Share(minutes.Count(m => m <= SeededSheet.ResponseTarget.TotalMinutes), minutes.Count), Count(g.Count(IsWaiting)),
            };
        });

    /// <summary>Per owner (every team member, then anyone else with an open lead): Open, Overdue, No next step.</summary>
    public IReadOnlyDictionary<string, string[]> ByOwner()
    {
        var open = _leads.Where(IsOpen).ToLookup(OwnerOf);
        return SeededSheet.Owners.Concat(open.Select(g => g.Key)).Distinct().ToDictionary(o => o, o => new[]
        {
            Count(open[o].Count()), Count(open[o].Count(IsOverdue)), Count(open[o].Count(l => IsActive(l) && l.NextContact is null)),
        });
    }

    /// <summary>Open leads received longer ago than the conversion window, by Lead ID.</summary>
    public IReadOnlyList<string> PastWindow() => _leads.Where(IsPastWindow).Select(l => l.Id).ToList();

    /// <summary>Lost leads by Lost reason; a blank reason as the Summary names it.</summary>
    public IReadOnlyDictionary<string, string> LostReasons() =>
        _leads.Where(l => l.Status == "Lost")
            .GroupBy(l => l.LostReason.Length == 0 ? "(not given)" : l.LostReason)
            .ToDictionary(g => g.Key, g => Count(g.Count()));

    /// <summary>
    /// The overdue and stale list by Lead ID, with how each is late in SPEC §5's words: <c>No response</c> (role new,
    /// unanswered for longer than the response target in working time), <c>Overdue Nd</c> (role active, Next contact N
    /// days before today), <c>Stalled</c> (open longer than the conversion window).
    /// </summary>
    public IReadOnlyDictionary<string, Lateness> Late() =>
        _leads.Select(l => (l.Id, Late: new Lateness(
                IsWaiting(l) && WorkingMinutes(Utc(l.Received), _now.UtcDateTime, atMost: (int)SeededSheet.ResponseTarget.TotalMinutes + 1) > SeededSheet.ResponseTarget.TotalMinutes,
                IsOverdue(l) ? _today.DayNumber - l.NextContact!.Value.DayNumber : null,
                IsPastWindow(l))))
            .Where(x => x.Late.NoResponse || x.Late.OverdueDays is not null || x.Late.Stalled)
            .ToDictionary(x => x.Id, x => x.Late);

    /// <summary>The working minutes from Received to First response, for a lead that arrived in the last 30 days and has one.</summary>
    public int? ResponseMinutes(SeededLead lead)
    {
        if (_responses.TryGetValue(lead.Id, out var known))
            return known;
        var received = Utc(lead.Received);
        return _responses[lead.Id] = lead.FirstResponse is { } answered && received >= _now.UtcDateTime - ResponseWindow && received <= _now.UtcDateTime
            ? WorkingMinutes(received, Utc(answered))
            : null;
    }

    /// <summary>
    /// Working minutes between two instants: each minute from <paramref name="from"/> on is looked up on the London
    /// wall clock and counts when that is a working day, not a holiday, and inside opening hours.
    /// </summary>
    public static int WorkingMinutes(DateTime from, DateTime to, int atMost = int.MaxValue)
    {
        var minutes = 0;
        for (var t = from; t < to && minutes < atMost; t = t.AddMinutes(1))
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(t, SeededSheet.London);
            var time = TimeOnly.FromDateTime(local);
            if (SeededSheet.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= SeededSheet.Open && time < SeededSheet.Close)
                minutes++;
        }
        return minutes;
    }

    /// <summary>The shown lateness of one row of the Summary's list.</summary>
    public static Lateness Shown(string howLate) => new(
        howLate.Contains("No response ", StringComparison.Ordinal),
        OverdueDays().Match(howLate) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null,
        howLate.Contains("Stalled ", StringComparison.Ordinal));

    public static bool IsNew(SeededLead l) => l.Status is "New" or "Incomplete";

    public static bool IsActive(SeededLead l) => l.Status is "Contacted" or "Qualified" or "Proposal";

    public static bool IsOpen(SeededLead l) => IsNew(l) || IsActive(l);

    private static bool IsDecided(SeededLead l) => l.Status is "Won" or "Lost" or "Unqualified";

    private static bool IsWaiting(SeededLead l) => IsNew(l) && l.FirstResponse is null;

    private bool IsOverdue(SeededLead l) => IsActive(l) && l.NextContact < _today;

    private bool IsPastWindow(SeededLead l) => IsOpen(l) && _now.UtcDateTime - Utc(l.Received) > SeededSheet.ConversionWindow;

    /// <summary>A blank Owner as the Summary names it.</summary>
    private static string OwnerOf(SeededLead l) => l.Owner.Length == 0 ? "(no owner)" : l.Owner;

    private IEnumerable<SeededLead> ThisMonth() => _leads.Where(l => l.Received.Year == _today.Year && l.Received.Month == _today.Month);

    private static DateTime Utc(DateTime local) => SeededSheet.Instant(local).UtcDateTime;

    /// <summary>PERCENTILE.INC: rank p × (n − 1) from zero, linear between the closest ranks; in hours.</summary>
    public static decimal? Percentile(IReadOnlyCollection<int> minutes, decimal p)
    {
        if (minutes.Count == 0)
            return null;
        var sorted = minutes.Order().ToArray();
        var rank = p * (sorted.Length - 1);
        var below = (int)decimal.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return (sorted[below] + (rank - below) * (sorted[above] - sorted[below])) / 60m;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Hours(decimal? hours) =>
        hours is { } h ? Math.Round(h, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "";

    private static string Share(int part, int whole) =>
        whole == 0 ? "" : Math.Round(100m * part / whole, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    [GeneratedRegex(@"Overdue (\d+)d")]
    private static partial Regex OverdueDays();
}
