using System.Text.RegularExpressions;

namespace SheetLeads.Core.Sheet;

/// <summary>
/// Where each known column sits in a Leads tab, found by header text (case-insensitive, with aliases), so the team
/// may reorder columns, rename them to an alias or add their own (SPEC §4). Unknown columns are never written.
/// </summary>
public sealed partial class ColumnMap
{
    private readonly Dictionary<LeadColumn, int> _positions;

    private ColumnMap(Dictionary<LeadColumn, int> positions, int width)
    {
        _positions = positions;
        Width = width;
    }

    /// <summary>How many header cells the tab has (known or not).</summary>
    public int Width { get; }

    /// <summary>Known columns missing from the header, in default order.</summary>
    public IReadOnlyList<LeadColumn> Missing => Enum.GetValues<LeadColumn>().Where(c => !_positions.ContainsKey(c)).ToArray();

    /// <summary>Required columns missing from the header; a sheet with any is not written.</summary>
    public IReadOnlyList<LeadColumn> MissingRequired => Missing.Where(LeadColumns.Required.Contains).ToArray();

    /// <summary>Finds the known columns in a header row. The first header matching a column wins.</summary>
    public static ColumnMap FromHeader(IReadOnlyList<string> header)
    {
        var lookup = new Dictionary<string, LeadColumn>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, names) in LeadColumns.Headers)
            foreach (var name in names)
                lookup.TryAdd(Clean(name), column);
        var positions = new Dictionary<LeadColumn, int>();
        // A column's own header wins over an alias anywhere in the row: a team's own "Reference" column to the
        // left of "Ref" must not receive the references. Among equals the first one wins.
        for (var i = 0; i < header.Count; i++)
            if (lookup.TryGetValue(Clean(header[i]), out var column) && Clean(LeadColumns.HeaderOf(column)).Equals(Clean(header[i]), StringComparison.OrdinalIgnoreCase))
                positions.TryAdd(column, i);
        for (var i = 0; i < header.Count; i++)
            if (lookup.TryGetValue(Clean(header[i]), out var column) && !positions.ContainsValue(i))
                positions.TryAdd(column, i);
        return new ColumnMap(positions, header.Count);
    }

    /// <summary>The zero-based position of a column, if the tab has it.</summary>
    public int? PositionOf(LeadColumn column) => _positions.TryGetValue(column, out var p) ? p : null;

    /// <summary>True when the tab has the column.</summary>
    public bool Has(LeadColumn column) => _positions.ContainsKey(column);

    /// <summary>The cell of a column in a row, or empty when the tab lacks the column or the row is short.</summary>
    public CellValue Get(IReadOnlyList<CellValue> cells, LeadColumn column) =>
        _positions.TryGetValue(column, out var p) && p < cells.Count ? cells[p] : CellValue.Empty;

    /// <summary>Header text compared without case and with runs of white space collapsed.</summary>
    public static string Clean(string? header) => Spaces().Replace(header ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
