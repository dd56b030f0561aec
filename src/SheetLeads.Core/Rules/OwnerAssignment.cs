namespace SheetLeads.Core.Rules;

/// <summary>
/// Gives every new lead an owner (SPEC §4): the first matching rule in the listed order, otherwise the next
/// available member after the last one round-robin chose. The rotation is remembered by name, so adding or
/// removing members neither resets it nor sends a run of leads to one person. A member marked Away keeps their
/// place in the rotation but gets no new leads, from the rotation or from a rule.
/// </summary>
/// <param name="Members">The team members (the Team tab's order is the rotation order), Away members included.</param>
/// <param name="Rules">Assignment rules, first match wins.</param>
/// <param name="RoundRobin">False to give leads no rule decides no owner.</param>
/// <param name="Away">Members marked Away in the Team tab, or null when nobody is away.</param>
public sealed record OwnerAssignment(
    IReadOnlyList<string> Members,
    IReadOnlyList<AssignmentRule> Rules,
    bool RoundRobin = true,
    IReadOnlyCollection<string>? Away = null)
{
    /// <summary>The owner of a new lead, and the rotation's new position.</summary>
    /// <param name="source">The lead's Source.</param>
    /// <param name="text">Subject and message, for keyword rules.</param>
    /// <param name="lastRoundRobin">The member round-robin chose last, if any.</param>
    public (string? Owner, string? LastRoundRobin) Assign(string source, string text, string? lastRoundRobin)
    {
        foreach (var rule in Rules)
            if (rule.Matches(source, text) && !IsAway(rule.Owner))
                return (rule.Owner, lastRoundRobin);
        if (!RoundRobin || Members.Count == 0)
            return (null, lastRoundRobin);
        var last = lastRoundRobin is null ? -1 : IndexOf(lastRoundRobin);
        for (var step = 1; step <= Members.Count; step++)
        {
            var next = Members[(last + step) % Members.Count];
            if (!IsAway(next))
                return (next, next);
        }
        return (null, lastRoundRobin);
    }

    private bool IsAway(string name) =>
        Away is not null && Away.Any(a => a.Trim().Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    private int IndexOf(string name)
    {
        for (var i = 0; i < Members.Count; i++)
            if (Members[i].Equals(name, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }
}
