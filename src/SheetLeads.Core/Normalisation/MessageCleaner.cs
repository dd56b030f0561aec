using System.Text;
using System.Text.RegularExpressions;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Makes an enquiry's text fit for the Message cell (SPEC §2): quoted replies and signatures cut, white space
/// tidied, invisible characters removed, and the length capped. Works on plain text; HTML goes through
/// <see cref="HtmlText"/> first.
/// </summary>
public static partial class MessageCleaner
{
    /// <summary>SPEC §2's default cap on Message length.</summary>
    public const int DefaultLimit = 2000;

    /// <summary>The cleaned, capped text.</summary>
    public static string Clean(string? text, int limit = DefaultLimit) => Cap(Tidy(CutQuotesAndSignature(Normalise(text))), limit);

    /// <summary>Line ends unified, byte-order marks, zero-width and control characters removed.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
            }
            else if (c is '\n' or '\t')
                sb.Append(c);
            else if (c == '\u00a0')
                sb.Append(' ');
            else if (c is '\ufeff' or '\u200b' or '\u200c' or '\u200d' or '\u2060' || char.IsControl(c))
                continue;
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Cuts what follows a reply header or signature delimiter, and drops quoted (<c>&gt;</c>) lines.</summary>
    public static string CutQuotesAndSignature(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (line is "-- " or "--" or "-- \t" || SignatureDelimiter().IsMatch(line))
                break;
            if (IsReplyHeader(lines, i) || OriginalMessage().IsMatch(trimmed) || IsOutlookHeaderBlock(lines, i)
                || (Underscores().IsMatch(trimmed) && NextNonBlank(lines, i) is { } next && IsOutlookHeaderBlock(lines, next)))
                break;
            if (trimmed.StartsWith('>'))
                continue;
            if (DeviceSignature().IsMatch(trimmed))
                continue;
            kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    /// <summary>Trailing spaces removed, runs of blank lines collapsed to one, tabs to spaces, ends trimmed.</summary>
    public static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw.Replace('\t', ' '), " ").TrimEnd();
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }
            if (sb.Length > 0)
                sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line.TrimStart());
        }
        return sb.ToString();
    }

    /// <summary>The text cut to <paramref name="limit"/> characters, ending in an ellipsis when cut.</summary>
    public static string Cap(string text, int limit)
    {
        if (text.Length <= limit)
            return text;
        if (limit <= 1)
            return limit == 1 ? "…" : "";
        var cut = limit - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>The first <paramref name="length"/> characters on one line, for a dated note.</summary>
    public static string Excerpt(string text, int length = 200)
    {
        var oneLine = Spaces().Replace(text.Replace('\n', ' '), " ").Trim();
        return oneLine.Length <= length ? oneLine : Cap(oneLine, length + 1);
    }

    // "On Fri, 13 Nov 2026 at 16:40, Someone <\nsomeone@example.com> wrote:" is often wrapped over two or three lines.
    private static bool IsReplyHeader(string[] lines, int i)
    {
        var joined = lines[i].Trim();
        for (var extra = 0; extra < 3 && i + extra < lines.Length; extra++)
        {
            if (extra > 0)
                joined += " " + lines[i + extra].Trim();
            if (joined.Length > 400)
                return false;
            if (ReplyHeader().IsMatch(joined))
                return true;
        }
        return false;
    }

    private static int? NextNonBlank(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
            if (lines[j].Trim().Length > 0)
                return j;
        return null;
    }

    // Outlook's reply/forward header: "From: …" then "Sent: …" (or "Date:") within the next lines, with "Subject:".
    private static bool IsOutlookHeaderBlock(string[] lines, int i)
    {
        var first = lines[i].Trim();
        if (!first.StartsWith("From:", StringComparison.OrdinalIgnoreCase) && !first.StartsWith("*From:*", StringComparison.OrdinalIgnoreCase))
            return false;
        var sawSent = false;
        for (var j = i + 1; j < Math.Min(lines.Length, i + 6); j++)
        {
            var l = lines[j].Trim().Trim('*');
            if (l.StartsWith("Sent:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Date:", StringComparison.OrdinalIgnoreCase))
                sawSent = true;
            if (sawSent && l.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // German and Dutch Gmail put the verb before the name: "Am Mo., 23. Nov. 2026 um 09:12 Uhr schrieb Bob <b@x.com>:".
    [GeneratedRegex(@"^((On|Le|Am|El|Il|Op|Em|W dniu)\b.{0,300}\b(wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|napisał(\(a\))?)|(Am|Op)\b.{0,300}\b(schrieb|schreef)\b.{0,300})\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyHeader();

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    // Outlook on the web and new Outlook draw a rule of underscores above the quoted message's header.
    [GeneratedRegex(@"^_{10,}$")]
    private static partial Regex Underscores();

    [GeneratedRegex(@"^--\s*$")]
    private static partial Regex SignatureDelimiter();

    [GeneratedRegex(@"^(Sent from my (iPhone|iPad|Android|Samsung|Galaxy|mobile|BlackBerry|phone)\b.*|Sent from (Outlook|Mail|Yahoo Mail|Proton Mail|my Huawei).*|Get Outlook for (iOS|Android)\b.*|Sent from Mail for Windows.*|Envoyé de mon (iPhone|iPad).*|Von meinem (iPhone|iPad) gesendet.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceSignature();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
