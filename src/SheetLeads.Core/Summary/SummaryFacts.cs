using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

/// <summary>Every lead judged at one moment, with the periods the figures count in (SPEC §6).</summary>
internal sealed class SummaryFacts
{
    /// <summary>How far back the response-time figures look.</summary>
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromDays(30);

    public SummaryFacts(IReadOnlyList<Lead> leads, DateTimeOffset now, SummarySettings settings)
    {
        Now = now;
        Today = settings.Time.DateOf(now);
        WeekStart = MondayOf(Today);
        MonthStart = new DateOnly(Today.Year, Today.Month, 1);
        Leads = leads.Select(l => Judge(l, settings)).ToArray();
    }

    /// <summary>The moment the figures are for.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Today in the business time zone.</summary>
    public DateOnly Today { get; }

    /// <summary>This week's Monday.</summary>
    public DateOnly WeekStart { get; }

    /// <summary>The first day of this calendar month.</summary>
    public DateOnly MonthStart { get; }

    /// <summary>Every lead.</summary>
    public IReadOnlyList<LeadFacts> Leads { get; }

    /// <summary>The leads received this calendar month.</summary>
    public IEnumerable<LeadFacts> ThisMonth => Leads.Where(l => l.ReceivedOn >= MonthStart && l.ReceivedOn < MonthStart.AddMonths(1));

    /// <summary>The Monday of the week a date is in.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private LeadFacts Judge(Lead lead, SummarySettings settings)
    {
        var received = lead.Received;
        TimeSpan? response = received is { } r && lead.FirstResponse is { } answered && r >= Now - ResponseWindow && r <= Now
            ? WorkingBetween(settings, r, answered)
            : null;
        TimeSpan? waiting = lead.Role == StatusRole.New && lead.FirstResponse is null
            ? received is { } since ? WorkingBetween(settings, since, Now) : TimeSpan.Zero
            : null;
        int? overdueDays = lead.Role == StatusRole.Active && lead.NextContact is { } next && next < Today
            ? Today.DayNumber - next.DayNumber
            : null;
        TimeSpan? openFor = lead.IsOpen && received is { } opened && Now - opened > settings.ConversionWindow ? Now - opened : null;
        return new LeadFacts(
            lead,
            received is { } at ? settings.Time.DateOf(at) : null,
            response,
            waiting,
            waiting > settings.ResponseTarget,
            overdueDays,
            lead.Role == StatusRole.Active && lead.NextContact is null,
            openFor);
    }

    // A First response typed before Received is a slip of the keyboard, not a negative response time.
    private static TimeSpan WorkingBetween(SummarySettings settings, DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? TimeSpan.Zero : settings.Hours.Between(from, to);
}
