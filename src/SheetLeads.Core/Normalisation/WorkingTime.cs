namespace SheetLeads.Core.Normalisation;

/// <summary>
/// The business's working time (SPEC §5, §6): open hours on working days, holidays closed, in the business time zone.
/// Time outside working hours, on closed days and on holidays does not count; an enquiry after hours counts from the
/// next opening.
/// </summary>
/// <param name="time">The business time zone.</param>
/// <param name="days">The working days; none means the business is never open and no working time passes.</param>
/// <param name="open">Opening time, local.</param>
/// <param name="close">Closing time, local; after <paramref name="open"/>.</param>
/// <param name="holidays">Closed dates.</param>
public sealed class WorkingTime(BusinessTime time, IReadOnlySet<DayOfWeek> days, TimeOnly open, TimeOnly close, IReadOnlySet<DateOnly> holidays)
{
    /// <summary>The business time zone.</summary>
    public BusinessTime Time { get; } = time;

    /// <summary>Open every day, all day: working time is elapsed time (for tests and businesses that never close).</summary>
    public static WorkingTime Always(BusinessTime time) =>
        new(time, Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.MinValue, TimeOnly.MaxValue, new HashSet<DateOnly>());

    /// <summary>True when the business is open on that local date.</summary>
    public bool IsWorkingDay(DateOnly date) => days.Contains(date.DayOfWeek) && !holidays.Contains(date);

    /// <summary>The working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to) => Between(from, to, TimeSpan.MaxValue);

    /// <summary>
    /// The working time between two instants, counted no further than <paramref name="atMost"/>: a lead waiting for
    /// years costs a cycle no more than one waiting for a day when only "more than a day" matters.
    /// </summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to, TimeSpan atMost)
    {
        if (to <= from || days.Count == 0)
            return TimeSpan.Zero;
        var total = TimeSpan.Zero;
        var first = Time.DateOf(from);
        var last = Time.DateOf(to);
        for (var date = first; date <= last && total < atMost; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
                continue;
            var (start, end) = Hours(date);
            var overlapStart = start > from ? start : from;
            var overlapEnd = end < to ? end : to;
            if (overlapEnd > overlapStart)
                total += overlapEnd - overlapStart;
        }
        return total < atMost ? total : atMost;
    }

    /// <summary>
    /// The instant at which <paramref name="amount"/> (more than zero) of working time has passed since
    /// <paramref name="from"/>: <see cref="Between(DateTimeOffset, DateTimeOffset)"/> reaches it then. Null when the
    /// business does not open long enough within a few years.
    /// </summary>
    public DateTimeOffset? After(DateTimeOffset from, TimeSpan amount)
    {
        if (days.Count == 0)
            return null;
        var left = amount;
        var date = Time.DateOf(from);
        for (var i = 0; i < 2000; i++, date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
                continue;
            var (start, end) = Hours(date);
            var counted = start > from ? start : from;
            if (end <= counted)
                continue;
            if (end - counted >= left)
                return counted + left;
            left -= end - counted;
        }
        return null;
    }

    /// <summary>The instant itself when the business is open then, else the next opening (null when it never opens).</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset instant)
    {
        if (days.Count == 0)
            return null;
        var date = Time.DateOf(instant);
        for (var i = 0; i < 400; i++, date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
                continue;
            var (start, end) = Hours(date);
            if (instant < end)
                return instant > start ? instant : start;
        }
        return null;
    }

    // A day's open hours as instants: DST days have their real length. Remembered, because a lead waiting for years
    // (a backfilled mailbox) would otherwise convert every day of them on every cycle.
    private (DateTimeOffset Start, DateTimeOffset End) Hours(DateOnly date) => _hours.GetOrAdd(date, OpenHours);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, (DateTimeOffset, DateTimeOffset)> _hours = new();

    private (DateTimeOffset Start, DateTimeOffset End) OpenHours(DateOnly date)
    {
        var start = Time.ToInstant(date.ToDateTime(open));
        var end = close == TimeOnly.MaxValue ? Time.ToInstant(date.AddDays(1).ToDateTime(TimeOnly.MinValue)) : Time.ToInstant(date.ToDateTime(close));
        return (start, end);
    }
}
