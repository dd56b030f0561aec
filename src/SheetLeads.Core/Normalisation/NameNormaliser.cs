using System.Globalization;
using System.Text;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Names: trimmed, white space collapsed, and capitalised only when typed all in lower or all in upper case
/// (SPEC §2) — <c>sophie turner</c> and <c>SOPHIE TURNER</c> become <c>Sophie Turner</c>; <c>McKenzie</c> stays.
/// </summary>
public static class NameNormaliser
{
    /// <summary>The normalised name, or null when nothing is left.</summary>
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var collapsed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('"', '\'', ' ');
        if (collapsed.Length == 0)
            return null;
        if (collapsed.Contains('@', StringComparison.Ordinal))
            return collapsed; // some mail clients give the address as the display name: not a name to capitalise
        var letters = collapsed.Where(char.IsLetter).ToArray();
        var cased = letters.Where(c => char.ToUpperInvariant(c) != char.ToLowerInvariant(c)).ToArray();
        if (cased.Length == 0)
            return collapsed;
        var allLower = cased.All(char.IsLower);
        var allUpper = cased.All(char.IsUpper);
        return allLower || allUpper ? TitleCase(collapsed) : collapsed;
    }

    private static string TitleCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var upper = i == 0 || text[i - 1] is ' ' or '-' or '.'
                || (text[i - 1] is '\'' or '’' && LettersFrom(text, i) > 1); // O'Brien, but not Mark'S
            sb.Append(upper ? char.ToUpper(text[i], CultureInfo.InvariantCulture) : char.ToLower(text[i], CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static int LettersFrom(string text, int start)
    {
        var n = 0;
        while (start + n < text.Length && char.IsLetter(text[start + n]))
            n++;
        return n;
    }
}
