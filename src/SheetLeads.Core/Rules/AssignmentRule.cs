namespace SheetLeads.Core.Rules;

/// <summary>Sends new leads from a Source, or mentioning a keyword, to one owner (SPEC §4).</summary>
/// <param name="Source">The Source label to match exactly (without case), or null.</param>
/// <param name="Keyword">A word to find in the subject or message (without case), or null.</param>
/// <param name="Owner">The team member's name.</param>
public sealed record AssignmentRule(string? Source, string? Keyword, string Owner)
{
    /// <summary>True when the rule decides a lead with this Source and text. A blank Source or Keyword is none.</summary>
    public bool Matches(string source, string text)
    {
        // Blank means absent: every text contains the empty string, so a blank keyword would take every lead.
        var wantedSource = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim();
        var keyword = string.IsNullOrWhiteSpace(Keyword) ? null : Keyword.Trim();
        return (wantedSource is not null || keyword is not null)
            && (wantedSource is null || source.Trim().Equals(wantedSource, StringComparison.OrdinalIgnoreCase))
            && (keyword is null || text.Contains(keyword, StringComparison.OrdinalIgnoreCase));
    }
}
