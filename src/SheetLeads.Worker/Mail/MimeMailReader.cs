using System.Runtime.InteropServices;
using System.Security.Cryptography;
using MimeKit;
using MimeKit.Utils;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Reads raw mail bytes into Core's <see cref="MailMessage"/> with MimeKit. Never throws for any input: what cannot
/// be read as mail at all becomes a message without headers (SPEC §1 step 1, skipped <c>unparseable</c>), and what
/// is read only in part keeps what was read, with the <see cref="MailMessage.Problem"/> said.
/// </summary>
internal static class MimeMailReader
{
    // A header value longer than this is junk or an attack; the rules only ever look at its start.
    private const int HeaderValueLimit = 16 * 1024;

    private static readonly ParserOptions Options = CreateOptions();

    /// <summary>The mail of <paramref name="raw"/>, delivered at <paramref name="deliveredAt"/>.</summary>
    /// <param name="raw">The message exactly as delivered; its SHA-256 is the reference of a mail without a Message-ID.</param>
    /// <param name="deliveredAt">IMAP INTERNALDATE or the file's time: Received when the Date header is not plausible.</param>
    public static MailMessage Read(ReadOnlyMemory<byte> raw, DateTimeOffset deliveredAt) =>
        Read(raw, Convert.ToHexStringLower(SHA256.HashData(raw.Span)), deliveredAt);

    /// <summary>The mail of the first part of a message too large to hold whole, whose digest was taken while reading.</summary>
    /// <param name="raw">The message, or its first bytes: the headers and text come first, attachments last.</param>
    /// <param name="digest">Lower-case hex SHA-256 of the whole message as delivered.</param>
    /// <param name="deliveredAt">IMAP INTERNALDATE or the file's time.</param>
    public static MailMessage Read(ReadOnlyMemory<byte> raw, string digest, DateTimeOffset deliveredAt)
    {
        try
        {
            return Parse(raw, digest, deliveredAt);
        }
#pragma warning disable CA1031 // SPEC §1: any input, however broken, is recorded as a skip and never blocks the mail behind it
        catch (Exception e)
        {
            return Unparseable(digest, deliveredAt, "it could not be read as a mail: " + e.Message);
        }
    }

    private static MailMessage Parse(ReadOnlyMemory<byte> raw, string digest, DateTimeOffset deliveredAt)
    {
        if (RawMailShape.Problem(raw.Span) is { } shape)
            return Unparseable(digest, deliveredAt, shape);
        var bytes = RawMailRepair.Prepare(raw);
        using var stream = AsStream(bytes);
        // persistent: parts stay views over the bytes instead of being copied; the stream outlives the message.
        using var message = MimeMessage.Load(OptionsFor(bytes.Span), stream, persistent: true);
        // MimeKit files Content-* fields under the body: a bare MIME entity still has a header block.
        if (message.Headers.Count == 0 && (message.Body?.Headers.Count ?? 0) == 0)
            return Unparseable(digest, deliveredAt, "no header block");
        var headers = FromHeaders(message, digest, deliveredAt);
        try
        {
            return WithBodies(headers, message);
        }
        catch (Exception e)
        {
            return headers with { Problem = "the body could not be decoded: " + e.Message };
        }
#pragma warning restore CA1031
    }

    private static MailMessage FromHeaders(MimeMessage message, string digest, DateTimeOffset deliveredAt)
    {
        var headers = message.Headers;
        return new MailMessage
        {
            RawDigest = digest,
            HasHeaders = true,
            DeliveredAt = deliveredAt,
            Headers = headers.Select(h => new MailHeader(h.Field, Cap(h.Value))).ToArray(),
            MessageId = MessageIdOf(message),
            From = HeaderAddresses.Of(message.From, headers[HeaderId.From]) is [var first, ..] ? first : null,
            Sender = HeaderAddresses.Of(message.Sender, headers[HeaderId.Sender]),
            ReplyTo = HeaderAddresses.Of(message.ReplyTo, headers[HeaderId.ReplyTo]),
            Subject = message.Subject is { } subject ? Cap(subject) : null,
            Date = DateOf(headers[HeaderId.Date]),
            ReceivedDates = headers.Where(h => h.Id == HeaderId.Received).Select(h => ReceivedDateOf(h.Value)).OfType<DateTimeOffset>().ToArray(),
            InReplyTo = IdsOf(headers, HeaderId.InReplyTo),
            References = IdsOf(headers, HeaderId.References),
            ReportType = ReportTypeOf(message.Body),
        };
    }

    private static MailMessage WithBodies(MailMessage mail, MimeMessage message)
    {
        var (text, html) = MailBodies.Find(message.Body);
        return mail with
        {
            HasDeliveryStatus = MailBodies.HasDeliveryStatus(message.Body),
            TextBody = text is null ? null : BodyDecoder.Decode(text),
            HtmlBody = html is null ? null : BodyDecoder.Decode(html),
        };
    }

    private static MailMessage Unparseable(string digest, DateTimeOffset deliveredAt, string problem) =>
        new() { RawDigest = digest, HasHeaders = false, Problem = problem, DeliveredAt = deliveredAt };

    private static string? MessageIdOf(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId))
            return message.MessageId.Trim();
        var raw = message.Headers[HeaderId.MessageId]?.Trim().TrimStart('<').TrimEnd('>').Trim();
        return string.IsNullOrEmpty(raw) ? null : raw;
    }

    private static DateTimeOffset? DateOf(string? value) =>
        value is not null && DateUtils.TryParse(value, out var date) ? date : null;

    // "from a by b with ESMTPS id x for <y>; Wed, 18 Nov 2026 10:04:09 +0000 (GMT)": the date follows the last ';'.
    private static DateTimeOffset? ReceivedDateOf(string value)
    {
        var semicolon = value.LastIndexOf(';');
        return semicolon >= 0 ? DateOf(value[(semicolon + 1)..]) : null;
    }

    private static string[] IdsOf(HeaderList headers, HeaderId id) =>
        headers.Where(h => h.Id == id)
            .SelectMany(h => MimeUtils.EnumerateReferences(h.Value))
            .Select(r => r.Trim())
            .Where(r => r.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static string? ReportTypeOf(MimeEntity? body) =>
        body?.ContentType is { } type && type.IsMimeType("multipart", "report")
            && type.Parameters.TryGetValue("report-type", out string? reportType)
            ? reportType.Trim().ToLowerInvariant()
            : null;

    private static string Cap(string value) => value.Length <= HeaderValueLimit ? value : value[..HeaderValueLimit];

    private static MemoryStream AsStream(ReadOnlyMemory<byte> raw) =>
        MemoryMarshal.TryGetArray(raw, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(raw.ToArray(), writable: false);

    private static ParserOptions OptionsFor(ReadOnlySpan<byte> bytes)
    {
        if (HeaderCharset.Guess(bytes) is not { } legacy)
            return Options;
        var options = Options.Clone();
        options.CharsetEncoding = legacy;
        return options;
    }

    private static ParserOptions CreateOptions()
    {
        Charsets.EnsureRegistered();
        var options = ParserOptions.Default.Clone();
        // MimeKit recurses once per nesting level; a hostile message nests thousands deep (mimekit/stack-overflow).
        options.MaxMimeDepth = MailBodies.MaxDepth;
        return options;
    }
}
