namespace SheetLeads.Core.Planning;

/// <summary>What a row colour says (SPEC §5); the Summary's legend lists the same.</summary>
public enum Highlight
{
    /// <summary>No flag: the row keeps the sheet's own colour.</summary>
    None,
    /// <summary>Late: No response, Overdue.</summary>
    Late,
    /// <summary>Needs a next step: No next step, Stalled.</summary>
    NeedsAttention,
    /// <summary>Required fields missing.</summary>
    Incomplete,
    /// <summary>Possible duplicate of another lead.</summary>
    PossibleDuplicate,
}

/// <summary>The colour each <see cref="Highlight"/> is painted in, the same on every back end.</summary>
public static class HighlightColours
{
    /// <summary>The fill as six hex digits RRGGBB, or null for no fill.</summary>
    public static string? Rgb(Highlight highlight) => highlight switch
    {
        Highlight.Late => "F4CCCC",
        Highlight.NeedsAttention => "FCE5CD",
        Highlight.Incomplete => "FFF2CC",
        Highlight.PossibleDuplicate => "D9D2E9",
        _ => null,
    };
}
