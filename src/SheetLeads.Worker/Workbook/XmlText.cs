using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Cell text as SpreadsheetML stores it (ECMA-376 ST_Xstring): characters XML cannot hold, such as control
/// characters pasted into a web form, are written as <c>_xHHHH_</c>, and a literal <c>_xHHHH_</c> has its
/// underscore escaped, so every customer text can be saved and read back unchanged.
/// </summary>
internal static partial class XmlText
{
    /// <summary>The stored form of a text.</summary>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (!IsXmlChar(c))
                replacement = Code(c);
            else if (c == '_' && EscapeCode().IsMatch(text.AsSpan(i)))
                replacement = "_x005F_";
            if (replacement is null)
            {
                escaped?.Append(c);
                continue;
            }
            escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
            escaped.Append(replacement);
        }
        return escaped?.ToString() ?? text;
    }

    /// <summary>The text a stored form stands for.</summary>
    public static string Unescape(string stored) =>
        stored.Contains("_x", StringComparison.Ordinal)
            ? StoredCode().Replace(stored, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : stored;

    private static string Code(char c) => "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_";

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');

    [GeneratedRegex("^_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapeCode();

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex StoredCode();
}
