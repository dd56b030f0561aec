using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Core.Notifications;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;
using SheetLeads.Worker.Tests.GoogleSheets;
using SheetLeads.Worker.Tests.Workbook;
using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>
/// The Summary of a seeded sheet of 200 leads over 12 weeks, written by the real <see cref="SummaryRunner"/> on each
/// back end and read back from the file or the emulator, shows the figures <see cref="PlainRecount"/> computes from
/// the same rows by SPEC §6 alone.
/// </summary>
public sealed class SeededSheetSummaryTests : IDisposable
{
    private static readonly IReadOnlyList<SeededLead> Leads = SeededSheet.Leads;
    private static readonly PlainRecount Expected = new(Leads, SeededSheet.Now);

    private static readonly BusinessOptions Business = new()
    {
        TimeZone = "Europe/London",
        WorkingHours = new WorkingHoursOptions
        {
            Days = ["Mon", "Tue", "Wed", "Thu", "Fri"],
            Open = SeededSheet.Open.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Close = SeededSheet.Close.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Holidays = SeededSheet.Holidays.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
        },
        ResponseTarget = SeededSheet.ResponseTarget,
        ConversionWindow = SeededSheet.ConversionWindow,
    };

    private static readonly TeamOptions Team = new() { Members = SeededSheet.Owners.Select(o => new TeamMemberOptions { Name = o }).ToList() };

    private static readonly SyncOptions Sync = new() { SummaryInterval = TimeSpan.FromMinutes(5) };

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(SeededSheet.Now);
    private readonly CollectingLogger _log = new();
    private readonly SheetTurn _turn = new();

    public void Dispose()
    {
        _turn.Dispose();
        _folder.Dispose();
    }

    private static SheetLayout Layout => CoreSettings.Layout(new SheetOptions(), Business, Team);

    /// <summary>Built as the worker's services build it (Hosting/WorkerServices.cs), with no channels.</summary>
    private SummaryRunner Runner(ILeadSheet sheet, ISummarySheet summary, SqliteWorkerState state) =>
        SummaryRunners.Build(sheet, summary, state, Business, Team, Sync, _turn, _clock, _log);

    [Fact]
    public void The_seeded_sheet_covers_every_case_the_figures_distinguish()
    {
        static DateOnly Day(DateTime local) => DateOnly.FromDateTime(local);
        static bool InHours(DateTime local) => SeededSheet.IsWorkingDay(Day(local)) && TimeOnly.FromDateTime(local) is var t && t >= SeededSheet.Open && t < SeededSheet.Close;
        static bool Weekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        static IEnumerable<DateOnly> Between(SeededLead l) =>
            Enumerable.Range(1, Math.Max(0, Day(l.FirstResponse!.Value).DayNumber - Day(l.Received).DayNumber - 1)).Select(i => Day(l.Received).AddDays(i));
        var today = Day(SeededSheet.Local(SeededSheet.Now));
        var clockChange = new DateTime(2026, 10, 25, 1, 0, 0, DateTimeKind.Utc);
        var answered = Leads.Where(l => Expected.ResponseMinutes(l) is not null).ToList();
        var active = Leads.Where(PlainRecount.IsActive).ToList();
        var waiting = Leads.Where(l => PlainRecount.IsNew(l) && l.FirstResponse is null)
            .Select(l => PlainRecount.WorkingMinutes(SeededSheet.Instant(l.Received).UtcDateTime, SeededSheet.Now.UtcDateTime, 31)).ToList();

        Assert.Equal(200, Leads.Count);
        Assert.Equal(12, Leads.Select(l => Day(l.Received).AddDays(-(((int)l.Received.DayOfWeek + 6) % 7))).Distinct().Count());
        // Enquiries in the evening, at night, at weekends and on the holidays.
        Assert.Contains(Leads, l => SeededSheet.IsWorkingDay(Day(l.Received)) && TimeOnly.FromDateTime(l.Received) >= SeededSheet.Close);
        Assert.Contains(Leads, l => l.Received.Hour < 6);
        Assert.Contains(Leads, l => Weekend(Day(l.Received)));
        Assert.All(SeededSheet.Holidays, h => Assert.Contains(Leads, l => Day(l.Received) == h));
        // First responses the same day in hours, the next working day, across a weekend, a holiday and the clock change.
        Assert.Contains(answered, l => InHours(l.Received) && Day(l.FirstResponse!.Value) == Day(l.Received) && InHours(l.FirstResponse.Value));
        Assert.Contains(answered, l => !InHours(l.Received) && Day(l.FirstResponse!.Value) > Day(l.Received) && Between(l).All(d => !SeededSheet.IsWorkingDay(d)));
        Assert.Contains(answered, l => Between(l).Any(Weekend));
        Assert.Contains(answered, l => Between(l).Any(SeededSheet.Holidays.Contains) || SeededSheet.Holidays.Contains(Day(l.Received)));
        Assert.Contains(answered, l => SeededSheet.Instant(l.Received) < clockChange && SeededSheet.Instant(l.FirstResponse!.Value) > clockChange);
        Assert.Contains(answered, l => !InHours(l.FirstResponse!.Value)); // answered in the evening: that time does not count
        Assert.Contains(answered, l => Expected.ResponseMinutes(l) == 30); // exactly the target: within it
        Assert.True(answered.Count >= 40, $"{answered.Count} answered in the last 30 days");
        // Arrivals today, and on a Monday before 01:00 in summer time (still Sunday in UTC).
        Assert.Contains(Leads, l => Day(l.Received) == today);
        Assert.Contains(Leads, l => l.Received.DayOfWeek == DayOfWeek.Monday && l.Received.Hour == 0 && SeededSheet.London.IsDaylightSavingTime(l.Received));
        // Every status, several sources and owners, some without an owner.
        Assert.Equal(SeededSheet.Statuses.Order(), Leads.Select(l => l.Status).Distinct().Order());
        Assert.True(Leads.Select(l => l.Source).Distinct().Count() >= 5);
        Assert.Equal(SeededSheet.Owners.Append("").Order(), Leads.Select(l => l.Owner).Distinct().Order());
        // Next contact in the past, today, in the future and empty for active leads; dates left on leads that need none.
        Assert.Contains(active, l => l.NextContact < today);
        Assert.Contains(active, l => l.NextContact == today);
        Assert.Contains(active, l => l.NextContact > today);
        Assert.Contains(active, l => l.NextContact is null);
        Assert.Contains(Leads, l => !PlainRecount.IsActive(l) && l.NextContact < today);
        // Lost reasons given and not given; unqualified leads with reasons.
        Assert.Contains(Leads, l => l.Status == "Lost" && l.LostReason.Length > 0);
        Assert.Contains(Leads, l => l.Status == "Lost" && l.LostReason.Length == 0);
        Assert.Contains(Leads, l => l.Status == "Unqualified" && l.LostReason.Length > 0);
        // New leads waiting within the target and past it; a new lead that has a First response.
        Assert.Contains(waiting, m => m <= 30);
        Assert.Contains(waiting, m => m > 30);
        Assert.Contains(Leads, l => PlainRecount.IsNew(l) && l.FirstResponse is not null);
    }

    [Fact]
    public async Task The_workbook_summary_shows_the_figures_recounted_from_the_seeded_sheet()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Tab("Leads", SeededSheet.Header, Leads.Select(SeededSheet.WorkbookRow).ToArray()).Save(path);
        var state = new SqliteWorkerState(_folder.File("state.db"));
        using var sheet = new WorkbookLeadSheet(path, Layout, NullLogger<WorkbookLeadSheet>.Instance);

        var refreshed = await Runner(sheet, sheet, state).RunAsync(CancellationToken.None);

        Assert.True(refreshed, string.Join(Environment.NewLine, _log.Lines.Select(l => l.Line)));
        AssertShowsTheRecount(SummaryTabView.OfWorkbook(path));
    }

    [Fact]
    public async Task The_google_summary_shows_the_figures_recounted_from_the_seeded_sheet()
    {
        await using var google = await EmulatedGoogle.StartAsync(null, "Leads");
        google.Spreadsheet.Tab("Leads").SetRows("A1", [[.. SeededSheet.Header], .. Leads.Select(SeededSheet.TypedRow)]);
        var state = new SqliteWorkerState(Path.Combine(google.Folder, "state.db"));
        using var sheet = new GoogleLeadSheet(google.Options(), Layout, state, state, _clock, NullLogger<GoogleLeadSheet>.Instance);

        var refreshed = await Runner(sheet, sheet, state).RunAsync(CancellationToken.None);

        Assert.True(refreshed, string.Join(Environment.NewLine, _log.Lines.Select(l => l.Line)));
        AssertShowsTheRecount(SummaryTabView.Of(google.Spreadsheet.Tab("Summary")));
    }

    private static void AssertShowsTheRecount(SummaryTabView shown)
    {
        Assert.Equal(Expected.KeyFigures(), shown.KeyFigures);
        Assert.Equal(Lines(Expected.ByStatus()), Lines(shown.Table("By status").ByFirstColumn(1)));
        Assert.Equal(["Source", "Leads", "Won", "Lost", "Unqualified", "Conversion"], shown.Table("By source").Header);
        Assert.Equal(Lines(Expected.BySource(thisMonth: false)), Lines(shown.Table("By source").ByFirstColumn(5)));
        Assert.Equal(Lines(Expected.BySource(thisMonth: true)), Lines(shown.Table("By source this month").ByFirstColumn(5)));
        Assert.Equal(Lines(Expected.ResponseTimes(byOwner: false)), Lines(shown.Table("Response time by source").ByFirstColumn(5)));
        Assert.Equal(Lines(Expected.ResponseTimes(byOwner: true)), Lines(shown.Table("Response time by owner").ByFirstColumn(5)));
        Assert.Equal(["Owner", "Open", "Overdue", "No next step"], shown.Table("By owner").Header.Take(4));
        Assert.Equal(Lines(Expected.ByOwner()), Lines(shown.Table("By owner").ByFirstColumn(3)));
        Assert.Equal(["Reason", "Leads"], shown.Table("Lost reasons").Header);
        Assert.Equal(Lines(Expected.LostReasons().ToDictionary(r => r.Key, r => new[] { r.Value })), Lines(shown.Table("Lost reasons").ByFirstColumn(1)));
        Assert.Equal(Expected.PastWindow().Order(), shown.Table("Past conversion window").Rows.Select(r => r[0].Split(' ')[0]).Order());
        var late = shown.Table("Overdue and stale").Rows.ToDictionary(r => r[0].Split(' ')[0], r => PlainRecount.Shown(r[2]));
        Assert.Equal(Lines(Expected.Late()), Lines(late));
        var weekly = shown.Table("Leads per week by source");
        var sources = weekly.Header.Skip(1).ToArray();
        Assert.Equal(Leads.Select(l => l.Source).Distinct().Order(), sources.Order());
        Assert.Equal(Lines(Expected.LeadsPerWeek(sources)), Lines(weekly.ByFirstColumn(sources.Length)));
    }

    private static IEnumerable<string> Lines(IReadOnlyDictionary<string, string[]> rows) =>
        rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + ": " + string.Join(" | ", r.Value));

    private static IEnumerable<string> Lines(IReadOnlyDictionary<string, Lateness> rows) =>
        rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + ": " + r.Value);
}
