using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>A1 notation as the Sheets API reads and writes it.</summary>
internal static partial class A1
{
    /// <summary>A tab name quoted for a range (<c>'Leads'</c>, <c>'Bob''s leads'</c>).</summary>
    public static string Tab(string title) => "'" + title.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The letters of a zero-based column (0 → A, 26 → AA).</summary>
    public static string Column(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        return letters.ToString();
    }

    /// <summary>A whole row of a tab (one-based row number).</summary>
    public static string Row(string title, int row) => $"{Tab(title)}!{row}:{row}";

    /// <summary>A whole column of a tab (zero-based column).</summary>
    public static string WholeColumn(string title, int column) => $"{Tab(title)}!{Column(column)}:{Column(column)}";

    /// <summary>The one-based first and last rows of a range such as <c>Leads!A51:S150</c> or <c>'My tab'!A7:C7</c>.</summary>
    public static (int First, int Last)? Rows(string? range)
    {
        if (range is null)
            return null;
        var match = Cells().Match(range[(range.LastIndexOf('!') + 1)..]);
        if (!match.Success)
            return null;
        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var last = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : first;
        return (first, last);
    }

    [GeneratedRegex(@"^\$?[A-Za-z]*\$?(\d+)(?::\$?[A-Za-z]*\$?(\d+))?$")]
    private static partial Regex Cells();
}
