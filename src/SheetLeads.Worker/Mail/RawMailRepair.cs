namespace SheetLeads.Worker.Mail;

/// <summary>
/// Mends damage MimeKit does not forgive, so a real enquiry is not lost to its transport: blank or white-space
/// lines or indentation before the first header (some delivery scripts and Windows copies add them), and old Mac
/// line ends (a lone CR) that make the whole header block one line. It also cuts any one header field after
/// <see cref="FieldLimit"/> bytes: MimeKit's time grows with the square of a field's length (a 2 MB folded subject
/// takes it ten seconds), and no rule reads that far. The reference is still the digest of the bytes as
/// delivered; only the parser sees the mended copy.
/// </summary>
internal static class RawMailRepair
{
    /// <summary>The most of one header field, folded lines included, that is parsed.</summary>
    public const int FieldLimit = 64 * 1024;

    private const int HeaderWindow = 64 * 1024;

    /// <summary>The bytes to parse: <paramref name="raw"/> itself, or a mended copy.</summary>
    public static ReadOnlyMemory<byte> Prepare(ReadOnlyMemory<byte> raw)
    {
        var mended = SkipLeadingBlankLines(raw);
        if (HasLoneCr(mended.Span[..Math.Min(mended.Length, HeaderWindow)]))
            mended = LoneCrToLf(mended.Span);
        return CapLongFields(mended);
    }

    // Continuation lines past the limit are left out; the field keeps its start, the rest of the message is untouched.
    private static ReadOnlyMemory<byte> CapLongFields(ReadOnlyMemory<byte> raw)
    {
        var span = raw.Span;
        List<(int Start, int End)>? dropped = null;
        var fieldStart = 0;
        var position = 0;
        while (position < span.Length)
        {
            var lineEnd = span[position..].IndexOf((byte)'\n');
            var next = lineEnd < 0 ? span.Length : position + lineEnd + 1;
            var line = span[position..next];
            if (line.TrimEnd("\r\n"u8).IsEmpty)
                break; // the blank line that ends the header block
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (next - fieldStart > FieldLimit)
                    (dropped ??= []).Add((position, next));
            }
            else
            {
                fieldStart = position;
                var content = line.TrimEnd("\r\n"u8).Length;
                if (content > FieldLimit)
                    (dropped ??= []).Add((position + FieldLimit, position + content));
            }
            position = next;
        }
        return dropped is null ? raw : Without(span, dropped);
    }

    private static byte[] Without(ReadOnlySpan<byte> span, List<(int Start, int End)> dropped)
    {
        var kept = new byte[span.Length - dropped.Sum(d => d.End - d.Start)];
        var from = 0;
        var to = 0;
        foreach (var (start, end) in dropped)
        {
            span[from..start].CopyTo(kept.AsSpan(to));
            to += start - from;
            from = end;
        }
        span[from..].CopyTo(kept.AsSpan(to));
        return kept;
    }

    private static ReadOnlyMemory<byte> SkipLeadingBlankLines(ReadOnlyMemory<byte> raw)
    {
        var span = raw.Span;
        var start = 0;
        while (start < span.Length && start < HeaderWindow)
        {
            var lineEnd = span[start..].IndexOfAny((byte)'\r', (byte)'\n');
            if (lineEnd < 0 || !span.Slice(start, lineEnd).Trim(" \t"u8).IsEmpty)
                break;
            var next = start + lineEnd + 1;
            if (span[start + lineEnd] == '\r' && next < span.Length && span[next] == '\n')
                next++;
            start = next;
        }
        var indent = 0;
        while (start + indent < span.Length && indent < 256 && span[start + indent] is (byte)' ' or (byte)'\t')
            indent++;
        start += indent;
        return start > 0 && StartsWithHeaderField(span[start..]) ? raw[start..] : raw;
    }

    // RFC 5322 §2.2: a field name is printable ASCII other than ':' and space, followed by ':'.
    private static bool StartsWithHeaderField(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length && i < 80 && span[i] is >= 33 and <= 126 and not (byte)':')
            i++;
        return i > 0 && i < span.Length && span[i] == ':';
    }

    private static bool HasLoneCr(ReadOnlySpan<byte> span)
    {
        for (var i = span.IndexOf((byte)'\r'); i >= 0 && i < span.Length; i++)
            if (span[i] == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n'))
                return i + 1 < span.Length; // a CR as the very last byte of the window may be half of a CRLF
        return false;
    }

    private static byte[] LoneCrToLf(ReadOnlySpan<byte> span)
    {
        var copy = span.ToArray();
        for (var i = 0; i < copy.Length; i++)
            if (copy[i] == '\r' && (i + 1 >= copy.Length || copy[i + 1] != '\n'))
                copy[i] = (byte)'\n';
        return copy;
    }
}
