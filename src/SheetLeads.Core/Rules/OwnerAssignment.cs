namespace SheetLeads.Core.Rules;

/// <summary>
/// Gives every new lead an owner (SPEC §4): the first matching rule in the listed order, otherwise the next
/// available member after the last one round-robin chose. The rotation is remembered by name, so adding or
/// removing members neither resets it nor sends a run of leads to one person.
/// </summary>
/// <param name="Members">The team members who can take new leads, in rotation order.</param>
/// <param name="Rules">Assignment rules, first match wins.</param>
/// <param name="RoundRobin">False to give leads no rule decides no owner.</param>
public sealed record OwnerAssignment(IReadOnlyList<string> Members, IReadOnlyList<AssignmentRule> Rules, bool RoundRobin = true)
{
    /// <summary>The owner of a new lead, and the rotation's new position.</summary>
    /// <param name="source">The lead's Source.</param>
    /// <param name="text">Subject and message, for keyword rules.</param>
    /// <param name="lastRoundRobin">The member round-robin chose last, if any.</param>
    public (string? Owner, string? LastRoundRobin) Assign(string source, string text, string? lastRoundRobin)
    {
        foreach (var rule in Rules)
            if (rule.Matches(source, text))
                return (rule.Owner, lastRoundRobin);
        if (!RoundRobin || Members.Count == 0)
            return (null, lastRoundRobin);
        var last = lastRoundRobin is null ? -1 : IndexOf(lastRoundRobin);
        var next = Members[(last + 1) % Members.Count];
        return (next, next);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Members.Count; i++)
            if (Members[i].Equals(name, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }
}
