namespace SheetLeads.Worker.Mail;

/// <summary>
/// Looks at raw bytes before MimeKit does, for SPEC §1 step 1: an empty file or binary data (a PNG saved into the
/// mail folder) is not a mail, even where MimeKit would make a message of it.
/// </summary>
internal static class RawMailShape
{
    // The header block of real mail is a few KB; a NUL byte this early means the file is not text.
    private const int HeaderWindow = 64 * 1024;

    /// <summary>Why the bytes cannot be a mail, or null when they may be one.</summary>
    public static string? Problem(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
            return "the input is empty";
        // Blank lines before the headers are mended later (RawMailRepair), so they do not end the header block here.
        var leading = raw.IndexOfAnyExcept("\r\n\t "u8);
        if (leading < 0)
            return "no header block (only blank lines where the headers should be)";
        raw = raw[leading..];
        var window = raw[..Math.Min(raw.Length, HeaderWindow)];
        var end = HeaderBlockEnd(window);
        var headerBlock = window[..end];
        if (headerBlock.Contains((byte)0))
            return "binary data, not a mail (NUL bytes where the header block should be)";
        if (headerBlock.Trim("\r\n\t "u8).IsEmpty)
            return "no header block (only blank lines where the headers should be)";
        return null;
    }

    // The first empty line ends the header block: LF LF, CRLF CRLF, or CR CR (old Mac line ends).
    private static int HeaderBlockEnd(ReadOnlySpan<byte> window)
    {
        for (var i = 0; i < window.Length; i++)
        {
            if (window[i] is not ((byte)'\n' or (byte)'\r'))
                continue;
            var next = i + (window[i] == '\r' && i + 1 < window.Length && window[i + 1] == '\n' ? 2 : 1);
            if (next < window.Length && window[next] is (byte)'\n' or (byte)'\r')
                return i;
            if (next >= window.Length)
                return window.Length;
        }
        return window.Length;
    }
}
