using System.Globalization;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

public sealed partial class SummaryBuilder
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>
    /// What falls due before this time tomorrow, soonest first: a Next contact of an active lead today or tomorrow
    /// (up to the date 24 hours from now), a first response whose target runs out, an open lead whose conversion
    /// window ends. What is already late is in <c>Overdue and stale</c> instead.
    /// </summary>
    private SummaryTable NeedsAction(SummaryFacts facts)
    {
        var horizon = facts.Now + Day;
        var lastDay = settings.Time.DateOf(horizon);
        var due = new List<(DateTime Due, SummaryCell When, LeadFacts Lead, string Action)>();
        foreach (var l in facts.Leads.Where(l => l.Lead.IsOpen))
        {
            if (l.Lead.Role == StatusRole.Active && l.Lead.NextContact is { } next && next >= facts.Today && next <= lastDay)
                due.Add((next.ToDateTime(TimeOnly.MinValue), Cells.Date(next), l, "Next contact"));
            if (l is { Waiting: not null, Unanswered: false, Lead.Received: { } arrived } && AnswerBy(arrived) is { } answerBy && answerBy <= horizon)
                due.Add((settings.Time.ToLocal(answerBy), Cells.DateTime(settings.Time.ToLocal(answerBy)), l, "First response"));
            if (l is { PastWindow: false, Lead.Received: { } received } && received + settings.ConversionWindow is var ends && ends <= horizon)
                due.Add((settings.Time.ToLocal(ends), Cells.DateTime(settings.Time.ToLocal(ends)), l, "Conversion window ends"));
        }
        return new SummaryTable(SummaryLabels.NeedsAction, ["Lead", "Owner", "Status", "Action", "Due"],
            due.OrderBy(d => d.Due).ThenBy(d => d.Lead.Lead.Row.RowNumber)
                .Select(d => Row(Cells.Lead(d.Lead.Lead), Cells.Text(d.Lead.Lead.Owner), Cells.Text(d.Lead.Lead.Status), Cells.Text(d.Action), d.When))
                .ToArray());
    }

    /// <summary>Open leads received longer ago than the conversion window, oldest first.</summary>
    private SummaryTable PastWindowTable(SummaryFacts facts) =>
        new(SummaryLabels.PastConversionWindowTable, ["Lead", "Owner", "Status", "Received", "Days open"],
            facts.Leads.Where(l => l.PastWindow)
                .OrderBy(l => l.Lead.Received).ThenBy(l => l.Lead.Row.RowNumber)
                .Select(l => Row(
                    Cells.Lead(l.Lead), Cells.Text(l.Lead.Owner), Cells.Text(l.Lead.Status),
                    Cells.DateTime(settings.Time.ToLocal(l.Lead.Received!.Value)), Cells.Count((int)l.OpenFor!.Value.TotalDays)))
                .ToArray());

    /// <summary>
    /// Every late lead, latest first, with how late in the Flag column's words (SPEC §5): <c>No response 5h</c>
    /// (working time waited), <c>Overdue 3d</c>, <c>Stalled 45d</c>.
    /// </summary>
    private SummaryTable OverdueAndStale(SummaryFacts facts) =>
        new(SummaryLabels.OverdueAndStale, ["Lead", "Owner", "How late"],
            facts.Leads.Where(l => l.Late)
                .Select(l => (Lead: l, Late: Lateness(l)))
                .OrderByDescending(x => x.Late).ThenBy(x => x.Lead.Lead.Row.RowNumber)
                .Select(x => Row(Cells.Lead(x.Lead.Lead), Cells.Text(x.Lead.Lead.Owner), Cells.Text(HowLate(x.Lead))))
                .ToArray());

    private static string HowLate(LeadFacts lead)
    {
        var parts = new List<string>();
        if (lead is { Unanswered: true, Waiting: { } waited })
            parts.Add("No response " + Age(waited));
        if (lead.OverdueDays is { } days)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Overdue {days}d"));
        if (lead.OpenFor is { } open)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Stalled {(int)open.TotalDays}d"));
        return string.Join(", ", parts);
    }

    // How far past what was expected: the response target, the Next contact date, the conversion window.
    private TimeSpan Lateness(LeadFacts lead) => new[]
    {
        lead is { Unanswered: true, Waiting: { } waited } ? waited - settings.ResponseTarget : TimeSpan.Zero,
        lead.OverdueDays is { } days ? TimeSpan.FromDays(days) : TimeSpan.Zero,
        lead.OpenFor is { } open ? open - settings.ConversionWindow : TimeSpan.Zero,
    }.Max();

    /// <summary>Whole minutes under an hour, whole hours under two days, else whole days.</summary>
    private static string Age(TimeSpan age) => age switch
    {
        _ when age < TimeSpan.FromHours(1) => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalMinutes}m"),
        _ when age < TimeSpan.FromDays(2) => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalHours}h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)age.TotalDays}d"),
    };

    /// <summary>
    /// When the response target runs out for a lead received at <paramref name="received"/>: the earliest instant
    /// whose working time since then reaches it, found to the second by halving (working time only grows as time
    /// passes). Searched from Received, not from now, so every refresh finds the same instant. Null when it is more
    /// than a fortnight of closed days away.
    /// </summary>
    private DateTimeOffset? AnswerBy(DateTimeOffset received)
    {
        var (early, late) = (received, received + TimeSpan.FromDays(14));
        if (settings.Hours.Between(early, late) < settings.ResponseTarget)
            return null;
        while (late - early > TimeSpan.FromSeconds(1))
        {
            var middle = early + (late - early) / 2;
            if (settings.Hours.Between(received, middle) >= settings.ResponseTarget)
                late = middle;
            else
                early = middle;
        }
        return late;
    }
}
