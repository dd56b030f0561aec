using System.Text;
using MimeKit;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Charset names to encodings, legacy code pages included: .NET knows only Unicode and Latin-1 until the code
/// page provider is registered, and customers still write in windows-1251, koi8-r and iso-8859-2.
/// </summary>
internal static class Charsets
{
    // Registering twice is harmless; MimeKit may have done it already.
    static Charsets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>
    /// Registers the code pages, if not done yet. Call before MimeKit first decodes anything: it remembers a
    /// charset it could not find, and would read RFC 2047 windows-1251 or EUC-KR words as Latin-1 from then on.
    /// </summary>
    public static void EnsureRegistered()
    {
        // The static constructor has run by the time this body does.
    }

    /// <summary>The superset of Latin-1 that senders of undeclared 8-bit text mean.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>The encoding of a charset name (MimeKit's aliases such as <c>cp1251</c> included), or null when unknown.</summary>
    public static Encoding? Find(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name))
            return null;
        try
        {
            return new ContentType("text", "plain") { Charset = name }.CharsetEncoding ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True for UTF-8 and ASCII, which say nothing about how stray 8-bit bytes are meant.</summary>
    public static bool IsUnicodeOrAscii(Encoding encoding) =>
        encoding.CodePage == Encoding.UTF8.CodePage || encoding.CodePage == Encoding.ASCII.CodePage;
}
