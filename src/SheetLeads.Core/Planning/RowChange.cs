namespace SheetLeads.Core.Planning;

/// <summary>The changes to one existing row.</summary>
/// <param name="Target">Which row.</param>
/// <param name="Changes">The cell changes, at most one per column.</param>
public sealed record RowChange(RowTarget Target, IReadOnlyList<CellChange> Changes);
