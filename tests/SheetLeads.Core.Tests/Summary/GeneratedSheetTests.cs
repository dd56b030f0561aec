using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Tests.Support;
using static SheetLeads.Core.Summary.SummaryLabels;

namespace SheetLeads.Core.Tests.Summary;

/// <summary>
/// 200 leads over 12 weeks (across the autumn clock change), generated from a fixed seed, with every figure
/// recomputed here the plain way. Answered leads are answered the same working day inside opening hours, so their
/// working response time is simply First response minus Received.
/// </summary>
public sealed class GeneratedSheetTests
{
    private static readonly DateTimeOffset Now = SummarySome.At("2026-11-25 12:00");
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly string[] Sources = ["Email", "Website form", "Typeform: Quote", "Tally: Callback", "Manual"];
    private static readonly string[] Owners = ["Alice Hart", "Bob Singh", "Chloe Ng", ""];
    private static readonly string[] Reasons = ["too expensive", "no budget", "chose competitor", "timing", ""];
    private static readonly string[] Statuses = ["New", "Incomplete", "Contacted", "Qualified", "Proposal", "Won", "Lost", "Unqualified"];

    private static readonly List<Lead> Leads = Generate();
    private static readonly SummaryReport Report = new SummaryBuilder(SummarySome.Settings()).Build(Leads, [], [], Now);

    private static List<Lead> Generate()
    {
        var random = new Random(20261125);
        var first = new DateTime(2026, 9, 7);
        var leads = new List<Lead>();
        for (var i = 1; i <= 200; i++)
        {
            var received = first.AddMinutes(random.Next((int)(new DateTime(2026, 11, 25, 12, 0, 0) - first).TotalMinutes));
            var status = Statuses[random.Next(Statuses.Length)];
            var role = StatusSet.Default.RoleOf(status);
            var workingDay = received.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var inHours = workingDay && received.TimeOfDay >= TimeSpan.FromHours(9) && received.TimeOfDay <= TimeSpan.FromHours(16);
            DateTime? answered = inHours && role != StatusRole.New ? received.AddMinutes(1 + random.Next(90)) : null;
            if (answered > new DateTime(2026, 11, 25, 12, 0, 0))
                answered = null;
            DateOnly? next = role == StatusRole.Active && random.Next(3) > 0 ? Today.AddDays(random.Next(-10, 10)) : null;
            leads.Add(new Lead
            {
                Id = new LeadId(i),
                Row = new SheetRow(i + 1, []),
                Received = Some.Time.ToInstant(received),
                Source = Sources[random.Next(Sources.Length)],
                Owner = Owners[random.Next(Owners.Length)],
                Status = status,
                Role = role,
                FirstResponse = answered is { } a ? Some.Time.ToInstant(a) : null,
                NextContact = next,
                LostReason = role is StatusRole.Lost or StatusRole.Closed ? Reasons[random.Next(Reasons.Length)] : "",
            });
        }
        return leads;
    }

    private static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TestZones.LondonLike).DateTime);

    private static DateOnly Monday(DateOnly date) => date.AddDays(date.DayOfWeek == DayOfWeek.Sunday ? -6 : 1 - (int)date.DayOfWeek);

    private static bool IsOpen(Lead l) => l.Status is "New" or "Incomplete" or "Contacted" or "Qualified" or "Proposal";

    private static bool IsActive(Lead l) => l.Status is "Contacted" or "Qualified" or "Proposal";

    private static double? Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
            return null;
        var h = (sorted.Count - 1) * p;
        var lower = sorted[(int)Math.Floor(h)];
        var upper = sorted[(int)Math.Ceiling(h)];
        return lower + (h - Math.Floor(h)) * (upper - lower);
    }

    private static double? Figure(string label) =>
        Report.KeyFigures.Single(f => f.Label == label).Value.Value is { Kind: CellKind.Number } v ? v.NumberValue : null;

    [Fact]
    public void The_generated_sheet_covers_every_case_the_figures_distinguish()
    {
        Assert.Equal(200, Leads.Count);
        Assert.Contains(Leads, l => l.Received < SummarySome.At("2026-10-25 01:00") && l.FirstResponse is not null); // summer time
        Assert.Contains(Leads, l => l.Received > SummarySome.At("2026-10-26 00:00") && l.FirstResponse is not null); // winter time
        Assert.Contains(Leads, l => l.Role == StatusRole.Lost && l.LostReason == "");
        Assert.Contains(Leads, l => l.Role == StatusRole.Closed && l.LostReason != "");
        Assert.True(Leads.Count(l => l.FirstResponse is not null && l.Received >= Now.AddDays(-30)) >= 10);
    }

    [Fact]
    public void Key_figures_match_a_plain_recount()
    {
        var month = Leads.Where(l => LocalDate(l.Received!.Value) is { Year: 2026, Month: 11 }).ToList();
        var responses = Leads
            .Where(l => l.FirstResponse is not null && l.Received >= Now.AddDays(-30) && l.Received <= Now)
            .Select(l => (l.FirstResponse!.Value - l.Received!.Value).TotalHours)
            .ToList();
        var won = month.Count(l => l.Status == "Won");
        var decided = month.Count(l => l.Status is "Won" or "Lost" or "Unqualified");

        Assert.Equal(Leads.Count(IsOpen), Figure(OpenLeads));
        Assert.Equal(Leads.Count(l => LocalDate(l.Received!.Value) == Today), Figure(ArrivedToday));
        Assert.Equal(Leads.Count(l => LocalDate(l.Received!.Value) >= new DateOnly(2026, 11, 23)), Figure(ArrivedThisWeek));
        Assert.Equal(month.Count, Figure(ArrivedThisMonth));
        Assert.Equal(Leads.Count(l => l.Status is "New" or "Incomplete" && l.FirstResponse is null), Figure(WaitingForFirstResponse));
        Assert.Equal(Percentile(responses, 0.5)!.Value, Figure(MedianFirstResponse)!.Value, 10);
        Assert.Equal(Percentile(responses, 0.9)!.Value, Figure(Percentile90FirstResponse)!.Value, 10);
        Assert.Equal((double)responses.Count(h => h <= 0.5) / responses.Count, Figure(AnsweredWithinTarget)!.Value, 10);
        Assert.Equal(Leads.Count(l => IsActive(l) && l.NextContact < Today), Figure(Overdue));
        Assert.Equal(Leads.Count(l => IsActive(l) && l.NextContact is null), Figure(NoNextStep));
        Assert.Equal(Leads.Count(l => IsOpen(l) && Now - l.Received!.Value > TimeSpan.FromDays(30)), Figure(PastConversionWindow));
        Assert.Equal(won, Figure(WonThisMonth));
        Assert.Equal((double)won / decided, Figure(ConversionThisMonth)!.Value, 10);
    }

    [Fact]
    public void By_source_matches_a_plain_recount()
    {
        var expected = Leads.GroupBy(l => l.Source).ToDictionary(g => g.Key, g =>
        {
            var won = g.Count(l => l.Status == "Won");
            var lost = g.Count(l => l.Status == "Lost");
            var unqualified = g.Count(l => l.Status == "Unqualified");
            return (Leads: g.Count(), Won: won, Lost: lost, Unqualified: unqualified, Conversion: (double)won / (won + lost + unqualified));
        });

        var table = Report.Tables.Single(t => t.Title == BySource);

        Assert.Equal(expected.Count, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var e = expected[row[0].Value.AsText()];
            Assert.Equal([e.Leads, e.Won, e.Lost, e.Unqualified], row.Skip(1).Take(4).Select(c => (int)c.Value.NumberValue));
            Assert.Equal(e.Conversion, row[5].Value.NumberValue, 10);
        }
        Assert.Equal(table.Rows.Select(r => r[1].Value.NumberValue).OrderDescending(), table.Rows.Select(r => r[1].Value.NumberValue));
    }

    [Fact]
    public void Lost_reasons_match_a_plain_recount()
    {
        var expected = Leads.Where(l => l.Status == "Lost")
            .GroupBy(l => l.LostReason == "" ? "(not given)" : l.LostReason)
            .ToDictionary(g => g.Key, g => g.Count());

        var table = Report.Tables.Single(t => t.Title == LostReasons);

        Assert.Equal(expected, table.Rows.ToDictionary(r => r[0].Value.AsText(), r => (int)r[1].Value.NumberValue));
    }

    [Fact]
    public void Leads_per_week_match_a_plain_recount()
    {
        var weekly = Report.WeeklyBySource;

        Assert.Equal(12, weekly.Rows.Count);
        Assert.Equal(200, weekly.Rows.Sum(r => r.Skip(1).Sum(c => (int)c.Value.NumberValue)));
        foreach (var row in weekly.Rows)
        {
            var monday = DateOnly.FromDateTime(row[0].Value.DateTimeValue);
            for (var column = 1; column < weekly.Header.Count; column++)
                Assert.Equal(
                    Leads.Count(l => l.Source == weekly.Header[column] && Monday(LocalDate(l.Received!.Value)) == monday),
                    (int)row[column].Value.NumberValue);
        }
    }
}
