using System.Text;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Undoes <c>format=flowed</c> (RFC 3676): a line ending in a space continues on the next line of the same quote
/// depth. The signature separator <c>"-- "</c> is never a flowed line (RFC 3676 §4.3) — MimeKit's own converter
/// joins it to the next line, which would keep a signature in the message.
/// </summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool deleteSpace)
    {
        var result = new StringBuilder(text.Length);
        var pending = new StringBuilder();
        var pendingDepth = -1;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var depth = 0;
            while (depth < raw.Length && raw[depth] == '>')
                depth++;
            var line = raw[depth..];
            if (line.StartsWith(' '))
                line = line[1..]; // space-stuffing
            if (pendingDepth >= 0 && depth != pendingDepth)
                Flush(result, pending, ref pendingDepth);
            var isSignature = line == "-- ";
            var flowed = line.EndsWith(' ') && !isSignature;
            pending.Append(flowed && deleteSpace ? line[..^1] : line);
            pendingDepth = depth;
            if (!flowed)
                Flush(result, pending, ref pendingDepth);
        }
        if (pendingDepth >= 0)
            Flush(result, pending, ref pendingDepth);
        return result.ToString().TrimEnd('\n');
    }

    private static void Flush(StringBuilder result, StringBuilder pending, ref int depth)
    {
        if (depth > 0)
            result.Append('>', depth).Append(' ');
        result.Append(pending).Append('\n');
        pending.Clear();
        depth = -1;
    }
}
