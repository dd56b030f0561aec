using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Planning;

/// <summary>
/// One change to a cell of an existing row. Every kind is safe to apply twice and safe against a person typing
/// in between: a fill only writes an empty cell, an appended line is not added again, a replace-if only writes
/// over the very value the plan saw, and a set only ever targets a column the worker owns.
/// </summary>
/// <param name="Column">The column.</param>
/// <param name="Kind">How to change it.</param>
/// <param name="Value">The value to fill or set, or the line to append.</param>
public sealed record CellChange(LeadColumn Column, CellChangeKind Kind, CellValue Value)
{
    /// <summary>For <see cref="CellChangeKind.ReplaceIf"/>: the text the cell must still hold to be replaced.</summary>
    public string? Expected { get; init; }

    /// <summary>
    /// A change that writes <paramref name="value"/> only while the cell still holds <paramref name="expected"/>
    /// (ignoring case and surrounding spaces; empty for an empty cell), so a status a person chose meanwhile stays theirs.
    /// </summary>
    public static CellChange ReplaceIf(LeadColumn column, string expected, CellValue value) =>
        new(column, CellChangeKind.ReplaceIf, value) { Expected = expected };

    /// <summary>The cell's new value given what it holds at write time, or null to leave it alone.</summary>
    public CellValue? Resolve(CellValue current) => Kind switch
    {
        CellChangeKind.Fill => current.IsEmpty ? Value : null,
        CellChangeKind.Set => current.AsText() == Value.AsText() && current.Kind == Value.Kind ? null : Value,
        CellChangeKind.AppendLine => AppendLine(current, Value.AsText()),
        CellChangeKind.ReplaceIf => string.Equals(current.AsText().Trim(), (Expected ?? "").Trim(), StringComparison.OrdinalIgnoreCase) ? Value : null,
        _ => null,
    };

    /// <summary>
    /// True when the change left the cell alone because a person got there first: a fill of a cell no longer empty, a
    /// replace-if of a cell that no longer holds what the plan saw. The back ends count these.
    /// </summary>
    public bool LeftToPerson(CellValue current) => Kind switch
    {
        CellChangeKind.Fill => !current.IsEmpty,
        CellChangeKind.ReplaceIf => Resolve(current) is null,
        _ => false,
    };

    private static CellValue? AppendLine(CellValue current, string lines)
    {
        var text = current.AsText().Replace("\r\n", "\n");
        var present = text.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = lines.Split('\n').Where(l => l.Trim().Length > 0 && !present.Contains(l.Trim())).ToArray();
        if (missing.Length == 0)
            return null;
        var added = string.Join('\n', missing);
        return CellValue.Text(text.Trim().Length == 0 ? added : text.TrimEnd('\n', ' ') + "\n" + added);
    }
}

/// <summary>How a <see cref="CellChange"/> changes its cell.</summary>
public enum CellChangeKind
{
    /// <summary>Write only if the cell is empty.</summary>
    Fill,
    /// <summary>Add a line below what is there, unless that line is already there.</summary>
    AppendLine,
    /// <summary>Replace the value (worker-owned columns only).</summary>
    Set,
    /// <summary>
    /// Replace the value only while the cell still holds <see cref="CellChange.Expected"/>: how the worker moves a team
    /// column on (a <c>new</c> Status to the first <c>active</c> one) without ever overwriting what a person typed.
    /// </summary>
    ReplaceIf,
}
