using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Rules;

/// <summary>
/// The clock flags of SPEC §5, recomputed every cycle: <c>No response 5h</c> (role new, older than the response
/// target in working time), <c>Overdue 3d</c> (role active, Next contact before today), <c>No next step</c> (role
/// active, Next contact empty), <c>Stalled 45d</c> (open longer than the conversion window) and <c>Incomplete</c>
/// (required fields missing). A <c>Possible duplicate of …</c> flag is kept ahead of them while it stands.
/// </summary>
/// <param name="hours">Working time, for the response clock.</param>
/// <param name="responseTarget">How long a new lead may wait, in working time.</param>
/// <param name="conversionWindow">How long a lead may stay open.</param>
public sealed class FlagRules(WorkingTime hours, TimeSpan responseTarget, TimeSpan conversionWindow)
{
    /// <summary>The flag a lead carries now.</summary>
    public LeadFlag Judge(FlagFacts lead, DateTimeOffset now)
    {
        var parts = new List<string>();
        var highlight = Highlight.None;
        void Add(string text, Highlight colour)
        {
            parts.Add(text);
            if (Rank(colour) > Rank(highlight))
                highlight = colour;
        }

        if (lead.DuplicateOf is { Length: > 0 } original)
            Add("Possible duplicate of " + original, Highlight.PossibleDuplicate);
        if (lead.Role.IsOpen())
        {
            var today = hours.Time.DateOf(now);
            if (lead.Role == StatusRole.New && lead.FirstResponse is null && lead.Received is { } received
                && hours.Exceeds(received, now, responseTarget))
                Add("No response " + Age(received, now), Highlight.Late);
            if (lead.Role == StatusRole.Active && lead.NextContact is { } next && next < today)
                Add(Invariant($"Overdue {today.DayNumber - next.DayNumber}d"), Highlight.Late);
            if (lead.Role == StatusRole.Active && !lead.HasNextContact)
                Add("No next step", Highlight.NeedsAttention);
            if (lead.Received is { } since && now - since > conversionWindow)
                Add(Invariant($"Stalled {(int)(now - since).TotalDays}d"), Highlight.NeedsAttention);
            if (lead.MissingRequired)
                Add("Incomplete", Highlight.Incomplete);
        }
        return parts.Count == 0 ? LeadFlag.None : new LeadFlag(string.Join("; ", parts), highlight);
    }

    // Short and slow to change, so the cell is rewritten at most once an hour: minutes, then working hours, then
    // calendar days once the wait runs past two days.
    private string Age(DateTimeOffset received, DateTimeOffset now)
    {
        if ((now - received).TotalDays >= 2)
            return Invariant($"{(int)(now - received).TotalDays}d");
        var working = hours.Between(received, now);
        return working < TimeSpan.FromHours(1) ? Invariant($"{(int)working.TotalMinutes}m") : Invariant($"{(int)working.TotalHours}h");
    }

    // Late beats a duplicate beats a missing next step beats incomplete: the colour shows the most urgent.
    private static int Rank(Highlight highlight) => highlight switch
    {
        Highlight.Late => 4,
        Highlight.PossibleDuplicate => 3,
        Highlight.NeedsAttention => 2,
        Highlight.Incomplete => 1,
        _ => 0,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the flag rules look at.</summary>
/// <param name="Role">The status role.</param>
/// <param name="Received">When the first enquiry arrived.</param>
/// <param name="FirstResponse">When the team first answered (or is stamped as answering this cycle).</param>
/// <param name="NextContact">The Next contact date.</param>
/// <param name="HasNextContact">True when the Next contact cell holds anything (a date or a person's words).</param>
/// <param name="MissingRequired">True when a required field is missing.</param>
/// <param name="DuplicateOf">The Lead ID this row possibly repeats.</param>
public sealed record FlagFacts(
    StatusRole Role,
    DateTimeOffset? Received,
    DateTimeOffset? FirstResponse,
    DateOnly? NextContact,
    bool HasNextContact,
    bool MissingRequired,
    string? DuplicateOf);

/// <summary>A lead's Flag text and row colour.</summary>
/// <param name="Text">The Flag cell's text; empty for none.</param>
/// <param name="Highlight">The row colour.</param>
public sealed record LeadFlag(string Text, Highlight Highlight)
{
    /// <summary>No flag.</summary>
    public static LeadFlag None { get; } = new("", Highlight.None);
}
