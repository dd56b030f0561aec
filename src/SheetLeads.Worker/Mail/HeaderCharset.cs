using System.Text;
using System.Text.RegularExpressions;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// The charset meant by raw 8-bit header bytes. Old clients (The Bat!, Outlook Express, Japanese and Korean
/// webmail) write a name or subject in the body's legacy charset without RFC 2047 encoding; like Thunderbird,
/// read it in the first charset the message declares, where MimeKit would fall back to Latin-1.
/// </summary>
internal static partial class HeaderCharset
{
    private const int HeaderWindow = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The legacy charset to read the header block's 8-bit bytes in, or null when UTF-8 or none is meant.</summary>
    public static Encoding? Guess(ReadOnlySpan<byte> raw)
    {
        var window = raw[..Math.Min(raw.Length, HeaderWindow)];
        var headers = window[..HeaderBlockLength(window)];
        if (!headers.ContainsAnyInRange((byte)0x80, (byte)0xFF) || IsUtf8(headers))
            return null;
        var declared = CharsetParameter().Match(Encoding.ASCII.GetString(window));
        return declared.Success && Charsets.Find(declared.Groups["name"].Value) is { } encoding && !Charsets.IsUnicodeOrAscii(encoding)
            ? encoding
            : null;
    }

    private static int HeaderBlockLength(ReadOnlySpan<byte> window)
    {
        var lf = window.IndexOf("\n\n"u8);
        var crlf = window.IndexOf("\r\n\r\n"u8);
        var ends = new[] { lf, crlf }.Where(i => i >= 0).ToArray();
        return ends.Length > 0 ? ends.Min() : window.Length;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:+-]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
