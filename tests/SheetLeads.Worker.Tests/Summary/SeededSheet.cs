using System.Globalization;

namespace SheetLeads.Worker.Tests.Summary;

/// <summary>
/// 200 leads over the 12 weeks up to a Wednesday in November 2026 for a business in London open Monday to Friday
/// 09:00-17:30 with two holidays: one the Monday after the autumn clock change, one in the response-time window.
/// 187 are generated from a fixed seed: enquiries in hours, in the evening, at night, at weekends and on the holidays;
/// first responses minutes later, the next working day or days later (across weekends, holidays and the clock change);
/// every status, several sources and owners. 13 more are placed by hand at the edges the figures turn on.
/// </summary>
internal static class SeededSheet
{
    /// <summary>The moment the Summary is computed for: Wednesday, mid-day (London is on GMT by then).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static readonly TimeOnly Open = new(9, 0);

    public static readonly TimeOnly Close = new(17, 30);

    /// <summary>Closed days besides weekends: the Monday after the clocks went back (25 October) and a Wednesday.</summary>
    public static readonly IReadOnlyList<DateOnly> Holidays = [new(2026, 10, 26), new(2026, 11, 11)];

    public static readonly TimeSpan ResponseTarget = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan ConversionWindow = TimeSpan.FromDays(30);

    public static readonly IReadOnlyList<string> Owners = ["Alice Hart", "Bob Singh", "Chloe Ng"];

    public static readonly IReadOnlyList<string> Statuses = ["New", "Incomplete", "Contacted", "Qualified", "Proposal", "Won", "Lost", "Unqualified"];

    /// <summary>The Leads tab's default header, in SPEC §4 order.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "Lead ID", "Received", "Source", "Name", "Email", "Phone", "Company", "Message", "Temperature", "Status",
        "Owner", "Next contact", "Lost reason", "Notes", "First response", "Last enquiry", "Enquiries", "Flag", "Ref",
    ];

    private static readonly string[] Sources = ["Email", "Email", "Email", "Email", "Website form", "Website form", "Website form", "Typeform: Quote", "Tally: Callback", "Manual"];
    private static readonly string[] Reasons = ["too expensive", "no budget", "chose competitor", "no response", "not a fit", "timing", "duplicate", "other"];
    private static readonly string[] FirstNames = ["Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jude"];
    private static readonly string[] LastNames = ["Lee", "Chan", "Walker", "Okafor", "Novak", "Price", "Sato", "Quinn"];

    /// <summary>The first day leads arrive on: the Monday 11 weeks before this week's.</summary>
    private static readonly DateTime FirstDay = new(2026, 8, 31);

    public static IReadOnlyList<SeededLead> Leads { get; } = Generate(new Random(20261118), 187);

    /// <summary>The business-local wall-clock time of an instant.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, London);

    /// <summary>The instant of a business-local wall-clock time (the seed holds none the clock change repeats or skips).</summary>
    public static DateTimeOffset Instant(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), London), TimeSpan.Zero);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date);

    /// <summary>The row as the workbook holds it: date-times and dates as date cells.</summary>
    public static object?[] WorkbookRow(SeededLead lead) =>
    [
        lead.Id, lead.Received, lead.Source, lead.Name, lead.Email, null, null, "Hello, a quote please", "Warm", lead.Status,
        Blank(lead.Owner), lead.NextContact, Blank(lead.LostReason), null, lead.FirstResponse, lead.Received, 1, null,
        "mail:" + lead.Id + "@example.com",
    ];

    /// <summary>The row as a person types it into Google Sheets (dates parse to date cells).</summary>
    public static string[] TypedRow(SeededLead lead) =>
    [
        lead.Id, Typed(lead.Received), lead.Source, lead.Name, lead.Email, "", "", "Hello, a quote please", "Warm", lead.Status,
        lead.Owner, lead.NextContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", lead.LostReason, "",
        lead.FirstResponse is { } answered ? Typed(answered) : "", Typed(lead.Received), "1", "", "mail:" + lead.Id + "@example.com",
    ];

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static string Typed(DateTime local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static List<SeededLead> Generate(Random random, int count)
    {
        var now = Local(Now);
        var today = DateOnly.FromDateTime(now);
        var edges = EdgeCases();
        var leads = new List<SeededLead>(edges);
        while (leads.Count < edges.Count + count)
        {
            var received = Arrival(random, now);
            var status = now - received < TimeSpan.FromDays(3) && random.Next(2) == 0
                ? random.Next(4) == 0 ? "Incomplete" : "New"
                : Statuses[random.Next(Statuses.Count)];
            var isNew = status is "New" or "Incomplete";
            var isActive = status is "Contacted" or "Qualified" or "Proposal";
            var closed = status is "Lost" or "Unqualified";
            // A new lead the team put back to New keeps its First response; a lead closed straight from a call has none.
            DateTime? answered = isNew
                ? random.Next(12) == 0 ? Response(random, received, now) : null
                : closed && random.Next(10) == 0 ? null : Response(random, received, now);
            DateOnly? next = isActive
                ? random.Next(10) switch
                {
                    0 or 1 => null,
                    2 => today,
                    _ => today.AddDays(random.Next(-12, 13)),
                }
                : random.Next(7) == 0 ? today.AddDays(random.Next(-20, 11)) : null; // a date left on a lead that needs none
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            leads.Add(new SeededLead(
                "",
                received,
                Sources[random.Next(Sources.Length)],
                first + " " + last,
                $"{first}.{last}{leads.Count}@example.com".ToLowerInvariant(),
                status,
                random.Next(10) == 0 ? "" : Owners[random.Next(Owners.Count)],
                next,
                closed && random.Next(4) > 0 ? Reasons[random.Next(Reasons.Length)] : "",
                answered));
        }
        // Lead IDs are numbered in Received order (SPEC §4).
        return leads.OrderBy(l => l.Received)
            .Select((l, i) => l with { Id = "L-" + (i + 1).ToString("000000", CultureInfo.InvariantCulture) })
            .ToList();
    }

    /// <summary>
    /// Hand-placed rows at the edges the figures turn on: a response of exactly the target (within it) and one a minute
    /// longer, both across closed days; responses in closed time only; new leads waiting less and more than the target
    /// today; enquiries either side of midnight before a Monday and either side of the month ends, in summer time (an
    /// hour off UTC) and in winter time.
    /// </summary>
    private static IReadOnlyList<SeededLead> EdgeCases() =>
    [
        // 15 minutes on Friday, 15 on Tuesday: the weekend, the clock change and the holiday Monday in between.
        Case(new(2026, 10, 23, 17, 15, 0), "Contacted", new(2026, 10, 27, 9, 15, 0), next: new(2026, 11, 20)),
        // 10 minutes on Tuesday, 21 on Thursday, the holiday Wednesday in between: past the target.
        Case(new(2026, 11, 10, 17, 20, 0), "Qualified", new(2026, 11, 12, 9, 21, 0), next: new(2026, 11, 18)),
        // A Saturday night enquiry answered at 09:30 on Monday: 30 minutes.
        Case(new(2026, 11, 14, 22, 40, 0), "Won", new(2026, 11, 16, 9, 30, 0)),
        // Enquiry and answer on the holiday: no working time at all.
        Case(new(2026, 11, 11, 10, 5, 0), "Proposal", new(2026, 11, 11, 19, 45, 0)),
        // An enquiry after closing answered before the next opening: no working time either.
        Case(new(2026, 11, 5, 18, 10, 0), "Lost", new(2026, 11, 6, 7, 55, 0), reason: "too expensive"),
        // Waiting today: 15 working minutes (within the target); since 08:00 (three hours since opening).
        Case(new(2026, 11, 18, 11, 45, 0), "New", null),
        Case(new(2026, 11, 18, 8, 0, 0), "Incomplete", null),
        // Waiting since 17:25 yesterday: 5 minutes then and 3 hours today.
        Case(new(2026, 11, 17, 17, 25, 0), "New", null),
        // Weeks start on Monday in London: 00:30 on Monday 7 September is still Sunday in UTC.
        Case(new(2026, 9, 7, 0, 30, 0), "Lost", new(2026, 9, 7, 9, 10, 0)),
        Case(new(2026, 9, 6, 23, 50, 0), "Unqualified", new(2026, 9, 7, 9, 5, 0), reason: "not a fit"),
        // The month ends in London: 1 October begins at 23:00 UTC; 1 November at midnight.
        Case(new(2026, 10, 1, 0, 20, 0), "Lost", new(2026, 10, 1, 9, 50, 0), reason: "timing"),
        Case(new(2026, 10, 31, 23, 55, 0), "Won", new(2026, 11, 2, 9, 40, 0)),
        Case(new(2026, 11, 1, 0, 5, 0), "Unqualified", new(2026, 11, 2, 9, 41, 0), reason: "duplicate"),
    ];

    private static SeededLead Case(DateTime received, string status, DateTime? answered, DateOnly? next = null, string reason = "")
    {
        var n = received.Day % 5;
        return new SeededLead("", received, Sources[n * 2], FirstNames[n] + " " + LastNames[n],
            $"{FirstNames[n]}.edge{received:MMddHHmm}@example.com".ToLowerInvariant(), status, Owners[received.Day % Owners.Count], next, reason, answered);
    }

    /// <summary>When an enquiry arrives: in hours on a working day, in the evening, at night, at a weekend or on a holiday.</summary>
    private static DateTime Arrival(Random random, DateTime now)
    {
        var days = (now.Date - FirstDay).Days + 1;
        while (true)
        {
            var kind = random.Next(100);
            var date = FirstDay.AddDays(random.Next(days));
            var day = DateOnly.FromDateTime(date);
            DateTime at;
            if (kind < 45)
            {
                if (!IsWorkingDay(day))
                    continue;
                at = date.AddMinutes(9 * 60 + random.Next(8 * 60 + 30));
            }
            else if (kind < 58)
            {
                if (!IsWorkingDay(day))
                    continue;
                at = date.AddMinutes(17 * 60 + 30 + random.Next(6 * 60 + 30));
            }
            else if (kind < 68)
            {
                at = date.AddMinutes(random.Next(9 * 60));
            }
            else if (kind < 83)
            {
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    continue;
                at = date.AddMinutes(random.Next(24 * 60));
            }
            else if (kind < 88)
            {
                at = Holidays[random.Next(Holidays.Count)].ToDateTime(TimeOnly.MinValue).AddMinutes(random.Next(24 * 60));
            }
            else
            {
                at = now.AddMinutes(-1 - random.Next(7 * 24 * 60)); // the last week: today, this week, waiting leads
            }
            if (at < now && Plain(at) && !NearWindowEdge(at))
                return at;
        }
    }

    /// <summary>When the team first answers: within a few hours, the next working day, or days later.</summary>
    private static DateTime Response(Random random, DateTime received, DateTime now)
    {
        var kind = random.Next(100);
        DateTime answered;
        if (kind < 45)
        {
            answered = received.AddMinutes(1 + random.Next(240));
        }
        else if (kind < 75)
        {
            var day = DateOnly.FromDateTime(received).AddDays(1);
            while (!IsWorkingDay(day))
                day = day.AddDays(1);
            answered = day.ToDateTime(Open).AddMinutes(random.Next(8 * 60 + 30));
        }
        else
        {
            answered = received.AddDays(2 + random.Next(5)).AddMinutes(random.Next(24 * 60));
        }
        if (answered >= now)
            answered = received.AddMinutes(Math.Max(1, (int)(now - received).TotalMinutes / 2));
        if (!Plain(answered))
            answered = answered.AddHours(2); // the night of the clock change: out of the repeated hour
        return answered;
    }

    /// <summary>A wall-clock time that names exactly one instant (not in the hour the autumn clock change repeats).</summary>
    private static bool Plain(DateTime local) => !London.IsAmbiguousTime(local) && !London.IsInvalidTime(local);

    /// <summary>
    /// Within two hours of 30 days before now: whether "the last 30 days" and "longer ago than ConversionWindow" are
    /// read as 30 × 24 hours or as 30 calendar days, across the clock change, would decide such a lead. None is seeded.
    /// </summary>
    private static bool NearWindowEdge(DateTime local) =>
        (Instant(local) - (Now - ConversionWindow)).Duration() <= TimeSpan.FromHours(2);
}
