namespace SheetLeads.Worker.Mail;

/// <summary>
/// Repairs the framing real files get wrong before MimeKit reads them: blank lines before the headers, an mbox
/// <c>From </c> separator line, and classic-Mac CR-only line ends (the header block would read as one line).
/// The reference is still taken from the bytes as delivered.
/// </summary>
internal static class RawMail
{
    public static byte[] Prepare(byte[] raw)
    {
        var start = 0;
        while (start < raw.Length && raw[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            start++;
        if (StartsWithMboxSeparator(raw, start))
        {
            var eol = Array.IndexOf(raw, (byte)'\n', start);
            var cr = Array.IndexOf(raw, (byte)'\r', start);
            var end = eol < 0 ? cr : cr < 0 ? eol : Math.Min(eol, cr);
            start = end < 0 ? raw.Length : end + 1;
            while (start < raw.Length && raw[start] is (byte)'\r' or (byte)'\n')
                start++;
        }
        var body = start == 0 ? raw : raw[start..];
        return HasLoneCarriageReturns(body) ? CarriageReturnsToLineFeeds(body) : body;
    }

    private static bool StartsWithMboxSeparator(byte[] raw, int at) =>
        raw.Length - at > 5 && raw.AsSpan(at, 5).SequenceEqual("From "u8);

    // Only the header block decides: a lone CR there means the file's lines end in CR alone.
    private static bool HasLoneCarriageReturns(byte[] raw)
    {
        var limit = Math.Min(raw.Length, 8192);
        for (var i = 0; i < limit; i++)
            if (raw[i] == (byte)'\r' && (i + 1 >= raw.Length || raw[i + 1] != (byte)'\n'))
                return true;
        return false;
    }

    private static byte[] CarriageReturnsToLineFeeds(byte[] raw)
    {
        var result = new byte[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                    i++;
            }
            else
                result[n++] = raw[i];
        }
        return result[..n];
    }
}
