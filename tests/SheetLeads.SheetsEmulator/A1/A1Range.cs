using System.Globalization;
using System.Text;

namespace SheetLeads.SheetsEmulator.A1;

/// <summary>
/// A range in A1 notation before it is resolved against a grid: indexes are zero-based, ends exclusive,
/// and a missing bound means "to the edge of the grid" (as in "A:A", "A5:5", "Leads!A1:Q" or a bare tab name).
/// </summary>
internal sealed record A1Range(string? SheetTitle, int? StartRow, int? StartColumn, int? EndRow, int? EndColumn)
{
    /// <summary>True for a single cell such as "B3", which Google treats as a starting point for writes.</summary>
    public bool IsSingleCell { get; init; }

    /// <summary>Parses Google's A1 notation; a text that names no cell or range is an error, as Google says.</summary>
    public static A1Range Parse(string text)
    {
        if (TryParse(text, out var range))
            return range;
        throw ApiException.BadRequest($"Unable to parse range: {text}");
    }

    public static bool TryParse(string text, out A1Range range)
    {
        range = null!;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        string? title = null;
        string rest;
        if (text.StartsWith('\''))
        {
            var sb = new StringBuilder();
            var i = 1;
            while (true)
            {
                if (i >= text.Length)
                    return false;
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        sb.Append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                sb.Append(text[i]);
                i++;
            }
            title = sb.ToString();
            rest = text[(i + 1)..];
            if (rest.Length == 0)
            {
                range = new A1Range(title, null, null, null, null);
                return true;
            }
            if (rest[0] != '!')
                return false;
            rest = rest[1..];
        }
        else
        {
            var bang = text.LastIndexOf('!');
            if (bang >= 0)
            {
                title = text[..bang];
                rest = text[(bang + 1)..];
            }
            else
            {
                rest = text;
            }
        }

        if (rest.Length == 0)
            return false;
        var parts = rest.Split(':');
        if (parts.Length > 2)
            return false;
        if (!TryParseRef(parts[0], out var r1, out var c1))
            return false;
        if (parts.Length == 1)
        {
            if (r1 is null || c1 is null)
                return false;
            range = new A1Range(title, r1, c1, r1 + 1, c1 + 1) { IsSingleCell = true };
            return true;
        }
        if (!TryParseRef(parts[1], out var r2, out var c2))
            return false;
        // "A:A", "1:1", "A1:B2", "A1:B" (to the last row), "A5:5" (to the last column); "A:1" is not a range.
        if (r1 is null && (c1 is null || r2 is not null || c2 is null))
            return false;
        if (c1 is null && (r2 is null || c2 is not null))
            return false;
        if (r2 is null && c2 is null)
            return false;
        var startRow = r1 ?? 0;
        var startCol = c1 ?? 0;
        int? endRow = r2 is null ? null : r2 + 1;
        int? endCol = c2 is null ? null : c2 + 1;
        if (r1 is null)
            endRow = null;
        if (endRow is not null && endRow <= startRow)
            (startRow, endRow) = (endRow.Value - 1, startRow + 1);
        if (endCol is not null && endCol <= startCol)
            (startCol, endCol) = (endCol.Value - 1, startCol + 1);
        range = new A1Range(title, r1 is null ? null : startRow, c1 is null ? null : startCol, endRow, endCol);
        return true;
    }

    private static bool TryParseRef(string text, out int? row, out int? column)
    {
        row = null;
        column = null;
        var i = 0;
        if (i < text.Length && text[i] == '$')
            i++;
        var col = 0;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            col = checked(col * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1));
            letters++;
            i++;
            if (letters > 4)
                return false;
        }
        if (i < text.Length && text[i] == '$')
            i++;
        var digits = text[i..];
        if (letters == 0 && digits.Length == 0)
            return false;
        if (digits.Length > 0)
        {
            if (!digits.All(char.IsAsciiDigit) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r < 1)
                return false;
            row = r - 1;
        }
        if (letters > 0)
            column = col - 1;
        return true;
    }

    /// <summary>Column letters for a zero-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var sb = new StringBuilder();
        var n = index + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            sb.Insert(0, (char)('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.ToString();
    }

    /// <summary>A tab title as Google writes it in a range: quoted unless it is a plain word.</summary>
    public static string QuoteTitle(string title)
    {
        var plain = title.Length > 0
            && (char.IsAsciiLetter(title[0]) || title[0] == '_')
            && title.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            && !LooksLikeCell(title);
        return plain ? title : "'" + title.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static bool LooksLikeCell(string title) =>
        TryParseRef(title, out var row, out var column) && (row is not null || column is not null) && title.Length <= 7
        && (row is not null || title.Length <= 3);
}
