namespace SheetLeads.Worker.Tests.Summary;

/// <summary>A table of the Summary tab as shown: its header row and its rows, each as wide as the header.</summary>
internal sealed record ShownTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The rows keyed by their first cell, with the next <paramref name="columns"/> cells.</summary>
    public IReadOnlyDictionary<string, string[]> ByFirstColumn(int columns) =>
        Rows.ToDictionary(r => r[0], r => r.Skip(1).Take(columns).ToArray());
}
