using System.Net;
using System.Text;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Turns HTML into plain text in one forward pass with no recursion, so deeply nested or enormous markup costs
/// linear time and constant stack. Block elements start new lines, table cells in a row are separated by a tab
/// (so <c>&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;Olivia&lt;/td&gt;</c> reads <c>Name\tOlivia</c>), entities are decoded,
/// and head, style, script and comments are dropped.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title", "xml", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "tr", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "hr", "section", "article", "header", "footer", "center", "pre", "dt", "dd", "dl", "address",
        "form", "fieldset", "nav", "aside", "main", "figure", "figcaption", "caption", "body", "html",
    };

    /// <summary>The text of an HTML document or fragment.</summary>
    public static string ToText(string html)
    {
        var text = new StringBuilder(Math.Min(html.Length, 1 << 16));
        var pendingSpace = false;
        var preDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var end = html.IndexOf('<', i);
                if (end < 0)
                    end = html.Length;
                AppendText(text, WebUtility.HtmlDecode(html[i..end]), preDepth > 0, ref pendingSpace);
                i = end;
                continue;
            }
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            if (i + 1 < html.Length && (html[i + 1] == '!' || html[i + 1] == '?'))
            {
                i = SkipPast(html, i + 2, ">");
                continue;
            }
            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                AppendText(text, html[i..], preDepth > 0, ref pendingSpace);
                break;
            }
            var (name, closing) = TagName(html, i + 1, close);
            i = close + 1;
            if (name.Length == 0)
                continue;
            if (!closing && Hidden.Contains(name))
            {
                i = SkipPast(html, i, "</" + name, StringComparison.OrdinalIgnoreCase);
                i = SkipPast(html, i, ">");
                continue;
            }
            if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                preDepth = Math.Max(0, preDepth + (closing ? -1 : 1));
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n');
                pendingSpace = false;
            }
            else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing && text.Length > 0 && text[^1] is not ('\n' or '\t'))
                    text.Append('\t');
                pendingSpace = false;
            }
            else if (Blocks.Contains(name))
            {
                if (text.Length > 0 && text[^1] != '\n')
                    text.Append('\n');
                if (name.Equals("p", StringComparison.OrdinalIgnoreCase) && closing)
                    text.Append('\n');
                pendingSpace = false;
            }
        }
        return Tidy(text.ToString());
    }

    private static void AppendText(StringBuilder text, string chunk, bool pre, ref bool pendingSpace)
    {
        if (pre)
        {
            text.Append(chunk);
            return;
        }
        foreach (var ch in chunk)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && text.Length > 0 && text[^1] is not ('\n' or '\t' or ' '))
                text.Append(' ');
            pendingSpace = false;
            text.Append(ch);
        }
    }

    private static (string Name, bool Closing) TagName(string html, int start, int end)
    {
        var i = start;
        var closing = i < end && html[i] == '/';
        if (closing)
            i++;
        var nameStart = i;
        while (i < end && (char.IsLetterOrDigit(html[i]) || html[i] is ':' or '-'))
            i++;
        var name = html[nameStart..i];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? name[(colon + 1)..] : name, closing);
    }

    private static int SkipPast(string html, int from, string marker, StringComparison comparison = StringComparison.Ordinal)
    {
        var at = html.IndexOf(marker, from, comparison);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim(' ', '\t', '\u00a0')).ToList();
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }
            if (sb.Length > 0)
                sb.Append(blank > 0 ? "\n\n" : "\n");
            blank = 0;
            sb.Append(line);
        }
        return sb.ToString();
    }
}
