namespace SheetLeads.Worker.Mail;

/// <summary>
/// Mends damage MimeKit does not forgive, so a real enquiry is not lost to its transport: blank or white-space
/// lines or indentation before the first header (some delivery scripts and Windows copies add them), and old Mac
/// line ends (a lone CR) that make the whole header block one line. The reference is still the digest of the
/// bytes as delivered; only the parser sees the mended copy.
/// </summary>
internal static class RawMailRepair
{
    private const int HeaderWindow = 64 * 1024;

    /// <summary>The bytes to parse: <paramref name="raw"/> itself, or a mended copy.</summary>
    public static ReadOnlyMemory<byte> Prepare(ReadOnlyMemory<byte> raw)
    {
        var mended = SkipLeadingBlankLines(raw);
        return HasLoneCr(mended.Span[..Math.Min(mended.Length, HeaderWindow)]) ? LoneCrToLf(mended.Span) : mended;
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
