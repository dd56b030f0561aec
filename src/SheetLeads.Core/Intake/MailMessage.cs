namespace SheetLeads.Core.Intake;

/// <summary>
/// A mail as the rules need it, independent of any mail library: the Worker's mail reader fills it from the raw
/// message (MimeKit), and <see cref="MailIntake"/> decides what it is.
/// </summary>
public sealed record MailMessage
{
    /// <summary>SHA-256 of the raw message, lower-case hex; the reference of a mail without a Message-ID.</summary>
    public required string RawDigest { get; init; }

    /// <summary>False when the input has no header block at all (empty, binary, not mail).</summary>
    public required bool HasHeaders { get; init; }

    /// <summary>Why the reader could not make sense of the input, when it could not.</summary>
    public string? Problem { get; init; }

    /// <summary>The Message-ID without angle brackets.</summary>
    public string? MessageId { get; init; }

    /// <summary>Every header field, in order.</summary>
    public IReadOnlyList<MailHeader> Headers { get; init; } = [];

    /// <summary>The first From address.</summary>
    public MailAddress? From { get; init; }

    /// <summary>The Sender address.</summary>
    public MailAddress? Sender { get; init; }

    /// <summary>The Reply-To addresses.</summary>
    public IReadOnlyList<MailAddress> ReplyTo { get; init; } = [];

    /// <summary>The decoded Subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The Date header, when it could be read.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The dates of the Received hops, when they could be read.</summary>
    public IReadOnlyList<DateTimeOffset> ReceivedDates { get; init; } = [];

    /// <summary>When the mail reached the business: IMAP INTERNALDATE or the file's time.</summary>
    public required DateTimeOffset DeliveredAt { get; init; }

    /// <summary>In-Reply-To Message-IDs, without angle brackets.</summary>
    public IReadOnlyList<string> InReplyTo { get; init; } = [];

    /// <summary>References Message-IDs, without angle brackets.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>The <c>report-type</c> of a top-level multipart/report, lower-case.</summary>
    public string? ReportType { get; init; }

    /// <summary>True when any part is a delivery status (message/delivery-status, message/global-delivery-status).</summary>
    public bool HasDeliveryStatus { get; init; }

    /// <summary>The plain-text body, decoded to Unicode.</summary>
    public string? TextBody { get; init; }

    /// <summary>The HTML body, decoded to Unicode.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>The first value of a header field, matched without case.</summary>
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>True when the header field is present.</summary>
    public bool HasHeader(string name) => Headers.Any(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The body as plain text: the text part, or the HTML part turned to text.</summary>
    public string BodyText()
    {
        if (!string.IsNullOrWhiteSpace(TextBody))
            return TextBody;
        return string.IsNullOrWhiteSpace(HtmlBody) ? "" : Normalisation.HtmlText.ToText(HtmlBody);
    }
}
