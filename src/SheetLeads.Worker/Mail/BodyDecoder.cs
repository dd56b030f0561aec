using System.Text;
using MimeKit;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Decodes a body part to Unicode with its declared charset, reading at most <see cref="LimitBytes"/> of it: the
/// enquiry is in the first screenful, and a 10 MB body must cost no more than a small one (SPEC §9).
/// </summary>
internal static class BodyDecoder
{
    /// <summary>How much of a body's decoded bytes is read.</summary>
    public const int LimitBytes = 512 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The part's text, cut after <see cref="LimitBytes"/> decoded bytes.</summary>
    public static string Decode(TextPart part)
    {
        var bytes = ReadBounded(part);
        var text = EncodingFor(part, bytes).GetString(bytes);
        return IsFlowed(part) ? Unflow(part, text) : text;
    }

    private static byte[] ReadBounded(MimePart part)
    {
        if (part.Content is null)
            return [];
        using var decoded = part.Content.Open();
        var buffer = new byte[LimitBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = decoded.Read(buffer, filled, buffer.Length - filled)) > 0)
            filled += read;
        return buffer.AsSpan(0, filled).ToArray();
    }

    // Mail that declares no charset, or plain ASCII, is often 8-bit anyway: UTF-8 when the bytes are valid UTF-8,
    // else windows-1252, the superset of Latin-1 that such senders mean.
    private static Encoding EncodingFor(MimePart part, byte[] bytes)
    {
        var declared = Charsets.Find(part.ContentType.Charset);
        if (declared is not null && declared.CodePage != Encoding.ASCII.CodePage)
            return declared;
        return IsUtf8(bytes) ? Encoding.UTF8 : Charsets.Windows1252;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            // A multi-byte character cut by the read limit is not a reason to distrust the rest.
            StrictUtf8.GetCharCount(bytes, 0, TrimCutCharacter(bytes));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // The length without a multi-byte sequence left incomplete at the very end.
    private static int TrimCutCharacter(byte[] bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 4 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0x80)
                continue;
            var length = (b & 0x80) == 0 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
            return back >= length ? end : end - back;
        }
        return end;
    }

    private static bool IsFlowed(MimePart part) =>
        string.Equals(part.ContentType.Format, "flowed", StringComparison.OrdinalIgnoreCase);

    private static string Unflow(MimePart part, string text)
    {
        var delSp = part.ContentType.Parameters.TryGetValue("delsp", out string? value)
            && value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase);
        return FlowedText.Unflow(text, delSp);
    }
}
