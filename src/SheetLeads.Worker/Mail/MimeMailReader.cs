using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using SheetLeads.Core.Intake;

namespace SheetLeads.Worker.Mail;

/// <summary>
/// Reads a raw message into Core's <see cref="MailMessage"/> with MimeKit. Never throws: input that is empty,
/// binary or has no header block comes back with <see cref="MailMessage.HasHeaders"/> false and the reason, so it
/// is recorded as an <c>unparseable</c> skip and never blocks the messages behind it (SPEC §1). Work is bounded:
/// MIME nesting is capped and only the first <see cref="MaxBodyChars"/> of each body are kept.
/// </summary>
internal static class MimeMailReader
{
    /// <summary>Text kept of each body; Message is capped far below this anyway (SPEC §2).</summary>
    public const int MaxBodyChars = 256 * 1024;

    private const int BinaryProbeBytes = 4096;

    private static readonly ParserOptions Options = new()
    {
        MaxMimeDepth = 64,
        AllowAddressesWithoutDomain = false,
    };

    static MimeMailReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-1251, koi8-r …

    /// <summary>The mail in <paramref name="raw"/>, delivered at <paramref name="deliveredAt"/> (file time or INTERNALDATE).</summary>
    public static MailMessage Read(byte[] raw, DateTimeOffset deliveredAt) =>
        Read(raw, System.Convert.ToHexStringLower(SHA256.HashData(raw)), deliveredAt);

    /// <summary>
    /// The mail whose first bytes are <paramref name="raw"/>, for a message too large to hold whole: the headers and
    /// the text come first, so a cut-off attachment loses nothing the rules read. <paramref name="digest"/> is the
    /// SHA-256 (lower-case hex) of the whole message, so the reference does not depend on where it was cut.
    /// </summary>
    public static MailMessage Read(byte[] raw, string digest, DateTimeOffset deliveredAt)
    {
        if (raw.Length == 0)
            return Unreadable(digest, deliveredAt, "empty file");
        if (LooksBinary(raw))
            return Unreadable(digest, deliveredAt, "binary data, not a mail");
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(RawMail.Prepare(raw), writable: false);
            message = new MimeParser(Options, stream, MimeFormat.Entity).ParseMessage();
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return Unreadable(digest, deliveredAt, "no readable header block: " + e.Message);
        }
        // MimeKit moves Content-* fields to the body entity: a message whose only header is Content-Type still has one.
        if (message.Headers.Count == 0 && (message.Body is null || message.Body.Headers.Count == 0))
            return Unreadable(digest, deliveredAt, "no header block");
        try
        {
            return ToMailMessage(message, digest, deliveredAt);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NotSupportedException or DecoderFallbackException)
        {
            return Unreadable(digest, deliveredAt, "the message could not be decoded: " + e.Message);
        }
    }

    private static MailMessage ToMailMessage(MimeMessage message, string digest, DateTimeOffset deliveredAt) => new()
    {
        RawDigest = digest,
        HasHeaders = true,
        MessageId = message.MessageId,
        Headers = message.Headers.Select(h => new MailHeader(h.Field, Unfold(SafeValue(h)))).ToArray(),
        From = FirstMailbox(message.From),
        Sender = message.Sender is { } sender ? Address(sender) : null,
        ReplyTo = message.ReplyTo.Mailboxes.Select(Address).ToArray(),
        Subject = message.Subject,
        Date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null,
        ReceivedDates = ReceivedDates(message),
        DeliveredAt = deliveredAt,
        InReplyTo = MessageIds(message.Headers[HeaderId.InReplyTo]),
        References = message.References.ToArray(),
        ReportType = (message.Body as MultipartReport)?.ReportType?.ToLowerInvariant(),
        HasDeliveryStatus = message.BodyParts.Any(p => p.ContentType.IsMimeType("message", "delivery-status")
                                                    || p.ContentType.IsMimeType("message", "global-delivery-status")),
        TextBody = Bounded(MailBodies.Text(message)),
        HtmlBody = Bounded(MailBodies.Html(message)),
    };

    private static MailMessage Unreadable(string digest, DateTimeOffset deliveredAt, string problem) =>
        new() { RawDigest = digest, HasHeaders = false, Problem = problem, DeliveredAt = deliveredAt };

    // A NUL byte in the first block, or a known binary signature, means it is not a mail at all (a PNG saved as .eml).
    private static bool LooksBinary(byte[] raw)
    {
        var probe = raw.AsSpan(0, Math.Min(raw.Length, BinaryProbeBytes));
        return probe.Contains((byte)0) || probe.StartsWith("%PDF"u8) || probe.StartsWith("PK\x03\x04"u8);
    }

    private static MailAddress? FirstMailbox(InternetAddressList list) =>
        list.Mailboxes.FirstOrDefault() is { } first ? Address(first) : null;

    private static MailAddress Address(MailboxAddress mailbox) =>
        new(string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim(), mailbox.Address ?? "");

    private static List<DateTimeOffset> ReceivedDates(MimeMessage message)
    {
        var dates = new List<DateTimeOffset>();
        foreach (var header in message.Headers)
        {
            if (header.Id != HeaderId.Received)
                continue;
            var value = Unfold(SafeValue(header));
            var semicolon = value.LastIndexOf(';');
            if (semicolon >= 0 && DateUtils.TryParse(value[(semicolon + 1)..].Trim(), out var date))
                dates.Add(date);
        }
        return dates;
    }

    private static List<string> MessageIds(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return [];
        var ids = new List<string>();
        foreach (var id in MimeUtils.EnumerateReferences(value))
            ids.Add(id);
        return ids;
    }

    private static string SafeValue(Header header)
    {
        try
        {
            return header.Value ?? "";
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException or FormatException)
        {
            return Encoding.Latin1.GetString(header.RawValue);
        }
    }

    private static string Unfold(string value) => value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)
        ? string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()))
        : value.Trim();

    private static string? Bounded(string? text) => text is null || text.Length <= MaxBodyChars ? text : text[..MaxBodyChars];
}
