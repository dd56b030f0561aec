using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Rules;

/// <summary>
/// The Flag of a lead at a moment (SPEC §5). An open lead is flagged
/// <c>No response &lt;age&gt;</c> (role new, not answered, waited longer than the response target in working time),
/// <c>Overdue &lt;n&gt;d</c> (role active, Next contact before today), <c>No next step</c> (role active, Next contact
/// empty), <c>Stalled &lt;n&gt;d</c> (received longer ago than the conversion window) and <c>Incomplete</c> (status
/// Incomplete or a required field missing). A possible duplicate stays flagged whatever its status. Several flags
/// are joined with <c>"; "</c> in the order Possible duplicate, No response, Overdue, No next step, Stalled,
/// Incomplete, and the row colour is the first one's.
/// </summary>
/// <remarks>
/// Ages are short and change seldom, so a flag rewrites its row only now and then: the working time waited, in
/// minutes (in steps of 5) under an hour and in whole hours under 24 hours (<c>45m</c>, <c>5h</c>); from 24 hours of
/// working time on, the calendar days since Received (<c>3d</c>). Overdue and Stalled count calendar days too. Days
/// are dates in the business time zone, so they turn at local midnight.
/// </remarks>
/// <param name="hours">The business's working time.</param>
/// <param name="responseTarget">Working time within which a new lead should be answered.</param>
/// <param name="conversionWindow">How long a lead may stay open before it is Stalled.</param>
/// <param name="statuses">The configured statuses (which one means Incomplete).</param>
/// <param name="required">The required fields.</param>
public sealed class FlagRules(WorkingTime hours, TimeSpan responseTarget, TimeSpan conversionWindow, StatusSet statuses, RequiredFields required)
{
    private const string DuplicatePrefix = "Possible duplicate of ";
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    // When a lead received at the key has waited long enough for its flag to read in days: from then on it always
    // has, so each cycle costs a lead waiting for days one lookup, not a walk over its working days.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateTimeOffset, DateTimeOffset> _enoughFrom = new();

    /// <summary>The text of a Possible duplicate flag (SPEC §3).</summary>
    public static string PossibleDuplicate(LeadId original) => DuplicatePrefix + original;

    /// <summary>The lead a Flag cell names as the original of a possible duplicate, if it names one.</summary>
    public static LeadId? PossibleDuplicateIn(string flag)
    {
        foreach (var part in flag.Split(';', StringSplitOptions.TrimEntries))
            if (part.StartsWith(DuplicatePrefix, StringComparison.OrdinalIgnoreCase)
                && LeadId.TryParse(part[DuplicatePrefix.Length..], out var original))
                return original;
        return null;
    }

    /// <summary>The lead's flag at <paramref name="now"/>.</summary>
    /// <param name="lead">The lead as its row reads (or will read once this cycle's plan is written).</param>
    /// <param name="duplicateOf">The lead it may repeat, when it is flagged as a possible duplicate.</param>
    /// <param name="now">This cycle's clock reading.</param>
    public Flag For(Lead lead, LeadId? duplicateOf, DateTimeOffset now)
    {
        var parts = new List<(string Text, Highlight Highlight)>();
        if (duplicateOf is { } original)
            parts.Add((PossibleDuplicate(original), Highlight.PossibleDuplicate));
        if (lead.IsOpen)
        {
            var today = hours.Time.DateOf(now);
            if (NoResponse(lead, now, today) is { } waited)
                parts.Add(("No response " + waited, Highlight.Late));
            if (lead.Role == StatusRole.Active && lead.NextContact is { } next && next < today)
                parts.Add((Invariant($"Overdue {Days(next, today)}d"), Highlight.Late));
            if (lead.Role == StatusRole.Active && lead.NextContactText.Length == 0 && lead.NextContact is null)
                parts.Add(("No next step", Highlight.NeedsAttention));
            if (lead.Received is { } received && now - received > conversionWindow)
                parts.Add((Invariant($"Stalled {Days(hours.Time.DateOf(received), today)}d"), Highlight.NeedsAttention));
            if (IsIncomplete(lead))
                parts.Add(("Incomplete", Highlight.Incomplete));
        }
        return parts.Count == 0 ? Flag.None : new Flag(string.Join("; ", parts.Select(p => p.Text)), parts[0].Highlight);
    }

    private string? NoResponse(Lead lead, DateTimeOffset now, DateOnly today)
    {
        if (lead.Role != StatusRole.New || lead.FirstResponseText.Length > 0 || lead.Received is not { } received)
            return null;
        // Only "more than a day" matters past a day, so the count stops there (or just past a longer target).
        var enough = responseTarget >= Day ? responseTarget + TimeSpan.FromTicks(1) : Day;
        var waited = now >= _enoughFrom.GetOrAdd(received, r => hours.After(r, enough) ?? DateTimeOffset.MaxValue)
            ? enough
            : hours.Between(received, now, enough);
        if (waited <= responseTarget)
            return null;
        if (waited >= Day)
            return Invariant($"{Math.Max(1, Days(hours.Time.DateOf(received), today))}d");
        if (waited >= TimeSpan.FromHours(1))
            return Invariant($"{(int)waited.TotalHours}h");
        var minutes = (int)waited.TotalMinutes;
        return Invariant($"{(minutes < 5 ? minutes : minutes / 5 * 5)}m");
    }

    private bool IsIncomplete(Lead lead) =>
        string.Equals(lead.Status.Trim(), statuses.Incomplete.Name, StringComparison.OrdinalIgnoreCase)
        || required.LacksAny(lead.Name, lead.EmailText, lead.PhoneText, lead.Company, lead.Message);

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
