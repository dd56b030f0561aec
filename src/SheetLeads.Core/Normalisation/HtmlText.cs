using System.Net;
using System.Text;

namespace SheetLeads.Core.Normalisation;

/// <summary>
/// Turns HTML into plain text in one forward pass with no recursion, so deeply nested or enormous markup costs
/// linear time and constant stack. Block elements start new lines, table cells in a row are separated by a tab
/// (so <c>&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;Olivia&lt;/td&gt;</c> reads <c>Name\tOlivia</c>), entities are decoded,
/// and head, style, script and comments are dropped.
/// </summary>
/// <remarks>
/// Form services wrap a cell's content in paragraphs or divs and put the field table inside a layout table. Inside
/// a cell a block boundary is therefore held back until more text follows in the same cell, and then it is a single
/// line break: a row stays <c>Label⇥value</c>, and a value typed over several lines continues on the lines below
/// its row, ended by the blank line that follows every table.
/// </remarks>
public static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title", "xml", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "hr", "section", "article", "header", "footer", "center", "pre", "dt", "dd", "dl", "address",
        "form", "fieldset", "nav", "aside", "main", "figure", "figcaption", "caption", "body", "html",
    };

    /// <summary>The text of an HTML document or fragment.</summary>
    public static string ToText(string html)
    {
        var reader = new Reader(html);
        reader.Run();
        return Tidy(reader.Text.ToString());
    }

    private sealed class Reader(string html)
    {
        // One entry per open table: true while inside one of its cells. A heap stack, so nesting costs no call stack.
        private readonly Stack<bool> _tables = new();
        // Where the closing tag of a hidden element was last found (or -1: none after that search's start).
        private readonly Dictionary<string, (int From, int At)> _closeCache = new(StringComparer.OrdinalIgnoreCase);
        private bool _pendingSpace;
        private int _pendingBreaks;
        private int _preDepth;

        public StringBuilder Text { get; } = new(Math.Min(html.Length, 1 << 16));

        private bool InCell => _tables.Count > 0 && _tables.Peek();

        public void Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                if (html[i] != '<')
                {
                    var end = html.IndexOf('<', i);
                    if (end < 0)
                        end = html.Length;
                    Append(WebUtility.HtmlDecode(html[i..end]));
                    i = end;
                    continue;
                }
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                {
                    i = SkipPast(i + 4, "-->");
                    continue;
                }
                var next = i + 1 < html.Length ? html[i + 1] : '\0';
                if (next is '!' or '?')
                {
                    i = SkipPast(i + 2, ">");
                    continue;
                }
                if (next == '/' && i + 2 < html.Length && html[i + 2] == '>')
                {
                    i += 3; // "</>" is nothing
                    continue;
                }
                if (!char.IsAsciiLetter(next) && !(next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2])))
                {
                    Append("<"); // "budget < 500": a '<' that starts no tag is text
                    i++;
                    continue;
                }
                var close = html.IndexOf('>', i + 1);
                if (close < 0)
                    break; // a tag cut off at the end shows nothing, as in a browser
                var (name, closing) = TagName(i + 1, close);
                var selfClosing = html[close - 1] == '/';
                i = close + 1;
                if (!closing && !selfClosing && Hidden.Contains(name))
                {
                    i = EndOfHidden(name, i);
                    continue;
                }
                Tag(name, closing);
            }
        }

        private void Tag(string name, bool closing)
        {
            if (name.Equals("pre", StringComparison.OrdinalIgnoreCase))
                _preDepth = Math.Max(0, _preDepth + (closing ? -1 : 1));
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                if (InCell)
                    _pendingBreaks = Math.Max(_pendingBreaks, 1);
                else
                    Text.Append('\n');
                _pendingSpace = false;
            }
            else if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                if (_tables.Count > 0)
                {
                    _tables.Pop();
                    _tables.Push(!closing); // a new cell also ends one left open
                }
                if (!closing && Text.Length > 0 && Text[^1] is not ('\n' or '\t'))
                    Text.Append('\t');
                _pendingBreaks = 0;
                _pendingSpace = false;
            }
            else if (name.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                if (closing)
                {
                    if (_tables.Count > 0)
                        _tables.Pop();
                    Block(2, 2); // a blank line after a table ends the last row's value
                }
                else
                {
                    Block(1, 1);
                    _tables.Push(false);
                }
            }
            else if (name.Equals("tr", StringComparison.OrdinalIgnoreCase))
            {
                if (_tables.Count > 0)
                {
                    _tables.Pop();
                    _tables.Push(false);
                }
                Block(1, 1);
            }
            else if (Blocks.Contains(name))
            {
                var paragraphEnd = closing && name.Equals("p", StringComparison.OrdinalIgnoreCase);
                Block(paragraphEnd ? 2 : 1, 1);
            }
        }

        // Outside a cell a block starts a line (a paragraph's end leaves a blank line); inside one it waits for text.
        private void Block(int lines, int linesInCell)
        {
            if (InCell)
                _pendingBreaks = Math.Max(_pendingBreaks, linesInCell);
            else
            {
                _pendingBreaks = 0;
                if (Text.Length > 0 && Text[^1] != '\n')
                    Text.Append('\n');
                if (lines > 1)
                    Text.Append('\n');
            }
            _pendingSpace = false;
        }

        private void Append(string chunk)
        {
            if (_preDepth > 0)
            {
                if (chunk.Length > 0)
                    FlushBreaks();
                Text.Append(chunk);
                return;
            }
            foreach (var ch in chunk)
            {
                if (char.IsWhiteSpace(ch))
                {
                    _pendingSpace = true;
                    continue;
                }
                FlushBreaks();
                if (_pendingSpace && Text.Length > 0 && Text[^1] is not ('\n' or '\t' or ' '))
                    Text.Append(' ');
                _pendingSpace = false;
                Text.Append(ch);
            }
        }

        private void FlushBreaks()
        {
            if (_pendingBreaks == 0)
                return;
            if (Text.Length > 0 && Text[^1] != '\t')
            {
                var trailing = Text[^1] == '\n' ? (Text.Length > 1 && Text[^2] == '\n' ? 2 : 1) : 0;
                Text.Append('\n', Math.Max(0, _pendingBreaks - trailing));
                _pendingSpace = false;
            }
            _pendingBreaks = 0;
        }

        private (string Name, bool Closing) TagName(int start, int end)
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

        // Past the hidden element's closing tag (a head also ends where the body starts). One that is never closed
        // hides only its own tag: losing the rest of a message to a stray <style> is worse than showing some CSS.
        private int EndOfHidden(string name, int from)
        {
            var end = Find("</" + name, from);
            if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
            {
                var body = Find("<body", from);
                if (body >= 0 && (end < 0 || body < end))
                    return body;
            }
            if (end < 0)
                return from;
            var gt = html.IndexOf('>', end);
            return gt < 0 ? html.Length : gt + 1;
        }

        // Cached so that many unclosed hidden tags still cost one scan each, not one scan of the rest per tag.
        private int Find(string marker, int from)
        {
            if (_closeCache.TryGetValue(marker, out var known) && from >= known.From && (known.At < 0 || known.At >= from))
                return known.At;
            var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
            _closeCache[marker] = (from, at);
            return at;
        }

        private int SkipPast(int from, string marker)
        {
            var at = from >= html.Length ? -1 : html.IndexOf(marker, from, StringComparison.Ordinal);
            return at < 0 ? html.Length : at + marker.Length;
        }
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
