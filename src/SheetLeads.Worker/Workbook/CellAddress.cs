using System.Globalization;

namespace SheetLeads.Worker.Workbook;

/// <summary>A1-style cell references: zero-based column positions and one-based row numbers.</summary>
internal static class CellAddress
{
    /// <summary>The largest row number a worksheet has.</summary>
    public const int LastRow = 1_048_576;

    /// <summary>The letters of a zero-based column position: 0 is A, 26 is AA.</summary>
    public static string Column(int position)
    {
        var letters = new Stack<char>();
        for (var n = position + 1; n > 0; n = (n - 1) / 26)
            letters.Push((char)('A' + (n - 1) % 26));
        return new string(letters.ToArray());
    }

    /// <summary>The reference of a cell, e.g. <c>C12</c>.</summary>
    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The zero-based column position in a reference such as <c>C12</c> or <c>$C$12</c>, or null.</summary>
    public static int? ColumnOf(string? reference)
    {
        var (letters, _) = Split(reference);
        if (letters.Length is 0 or > 3)
            return null;
        var position = 0;
        foreach (var c in letters)
            position = position * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return position - 1;
    }

    /// <summary>The one-based row number in a reference such as <c>C12</c>, or null.</summary>
    public static int? RowOf(string? reference)
    {
        var (_, digits) = Split(reference);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0 ? row : null;
    }

    private static (string Letters, string Digits) Split(string? reference)
    {
        var text = (reference ?? "").Replace("$", "", StringComparison.Ordinal);
        var i = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
            i++;
        return (text[..i], text[i..]);
    }
}
