namespace SheetLeads.Core.Planning;

/// <summary>The minimal set of changes a cycle makes to the Leads tab (SPEC §4).</summary>
/// <param name="NewRows">Rows to append, in Lead ID order.</param>
/// <param name="RowChanges">Changes to existing rows.</param>
public sealed record SheetChangePlan(IReadOnlyList<NewLeadRow> NewRows, IReadOnlyList<RowChange> RowChanges)
{
    /// <summary>A plan that writes nothing.</summary>
    public static SheetChangePlan Nothing { get; } = new([], []);

    /// <summary>Rows whose Flag changed, with their new colour (written in the same cycle, after the values).</summary>
    public IReadOnlyList<RowHighlight> Highlights { get; init; } = [];

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty => NewRows.Count == 0 && RowChanges.Count == 0 && Highlights.Count == 0;
}
