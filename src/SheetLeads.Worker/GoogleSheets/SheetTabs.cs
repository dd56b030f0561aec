using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>What every Google-side reader needs of a spreadsheet's tabs: finding one by title, its header row, a free id.</summary>
internal static class SheetTabs
{
    /// <summary>The tab of this title: exactly, else regardless of case (Google's titles are unique regardless of case).</summary>
    public static Sheet? Find(IEnumerable<Sheet>? sheets, string title) => ByTitle(sheets, s => s.Properties?.Title, title);

    /// <summary>The tab of this title in a grid read, as <see cref="Find(IEnumerable{Sheet}?, string)"/>.</summary>
    public static GridTab? Find(IEnumerable<GridTab> tabs, string title) => ByTitle(tabs, t => t.Title, title);

    private static T? ByTitle<T>(IEnumerable<T>? tabs, Func<T, string?> titleOf, string title) where T : class
    {
        var all = tabs?.ToList() ?? [];
        return all.FirstOrDefault(t => string.Equals(titleOf(t), title, StringComparison.Ordinal))
               ?? all.FirstOrDefault(t => string.Equals(titleOf(t), title, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A tab's sheetId (Google leaves out a 0).</summary>
    public static int IdOf(Sheet sheet) => sheet.Properties?.SheetId ?? 0;

    /// <summary>The titles of every tab.</summary>
    public static IReadOnlyList<string> Titles(Spreadsheet spreadsheet) =>
        spreadsheet.Sheets?.Select(s => s.Properties?.Title).OfType<string>().ToArray() ?? [];

    /// <summary>A header row's texts, without the blank cells after the last title.</summary>
    public static List<string> Header(IEnumerable<CellData> cells) => Trimmed(cells.Select(c => CellJson.FromSheet(c.EffectiveValue, null).AsText()));

    /// <summary>A header row's texts, without the blank cells after the last title.</summary>
    public static List<string> Header(IEnumerable<GridCell> cells) => Trimmed(cells.Select(c => CellJson.FromSheet(c, null).AsText()));

    private static List<string> Trimmed(IEnumerable<string> texts)
    {
        var header = texts.ToList();
        while (header.Count > 0 && string.IsNullOrWhiteSpace(header[^1]))
            header.RemoveAt(header.Count - 1);
        return header;
    }

    /// <summary>
    /// An id for a new tab or chart that none of <paramref name="used"/> has, chosen by the worker so later requests
    /// of the same batch can name it.
    /// </summary>
    public static int FreeId(IEnumerable<int> used)
    {
        var taken = used.ToHashSet();
        var id = 1_700_000_001;
        while (taken.Contains(id))
            id++;
        return id;
    }
}
