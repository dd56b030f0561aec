using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Rules;

/// <summary>What a lead's Flag cell says and the colour its row is painted (SPEC §4, §5).</summary>
/// <param name="Text">The Flag cell's text, such as <c>No response 5h; Incomplete</c>; empty when nothing is wrong.</param>
/// <param name="Highlight">The row colour: the first flag's.</param>
public sealed record Flag(string Text, Highlight Highlight)
{
    /// <summary>No flag: an empty cell and the sheet's own colour.</summary>
    public static Flag None { get; } = new("", Highlight.None);

    /// <summary>True when there is no flag.</summary>
    public bool IsNone => Text.Length == 0;
}
