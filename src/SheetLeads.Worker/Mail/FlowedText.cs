using System.Text;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Joins the soft line breaks of <c>format=flowed</c> text (RFC 3676), so a wrapped "Label: value" or
/// "On … wrote:" line reads as one line again. The signature separator "-- " is never a soft break (RFC 3676
/// §4.3), which MimeKit's converter does not honour: joined, it would hide the signature from the cleaner.
/// </summary>
internal static class FlowedText
{
    /// <summary>The text with its flowed paragraphs joined; quote marks and hard breaks kept.</summary>
    public static string Unflow(string text, bool deleteSpace)
    {
        var result = new StringBuilder(text.Length);
        var paragraph = new StringBuilder();
        var paragraphDepth = -1;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var depth = 0;
            while (depth < raw.Length && raw[depth] == '>')
                depth++;
            var line = raw[depth..];
            if (line.StartsWith(' '))
                line = line[1..]; // space-stuffing
            if (paragraphDepth >= 0 && depth != paragraphDepth)
                Flush(result, paragraph, ref paragraphDepth);
            var soft = line.EndsWith(' ') && line != "-- ";
            paragraph.Append(soft && deleteSpace ? line[..^1] : line);
            paragraphDepth = depth;
            if (!soft)
                Flush(result, paragraph, ref paragraphDepth);
        }
        if (paragraphDepth >= 0)
            Flush(result, paragraph, ref paragraphDepth);
        return result.Length > 0 ? result.ToString(0, result.Length - 1) : "";
    }

    private static void Flush(StringBuilder result, StringBuilder paragraph, ref int depth)
    {
        if (depth > 0)
            result.Append('>', depth).Append(' ');
        result.Append(paragraph).Append('\n');
        paragraph.Clear();
        depth = -1;
    }
}
