namespace SheetLeads.Core.Rules;

/// <summary>Sends new leads from a Source, or mentioning a keyword, to one owner (SPEC §4).</summary>
/// <param name="Source">The Source label to match exactly (without case), or null.</param>
/// <param name="Keyword">A word to find in the subject or message (without case), or null.</param>
/// <param name="Owner">The team member's name.</param>
public sealed record AssignmentRule(string? Source, string? Keyword, string Owner)
{
    /// <summary>True when the rule decides a lead with this Source and text.</summary>
    public bool Matches(string source, string text) =>
        (Source is null || source.Equals(Source.Trim(), StringComparison.OrdinalIgnoreCase))
        && (Keyword is null || text.Contains(Keyword.Trim(), StringComparison.OrdinalIgnoreCase))
        && (Source is not null || Keyword is not null);
}
