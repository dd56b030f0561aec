namespace SheetLeads.Core.Leads;

/// <summary>Why something read is not an enquiry (SPEC §1, decision order).</summary>
public enum SkipReason
{
    /// <summary>No headers, empty, binary, or not valid input at all.</summary>
    Unparseable,
    /// <summary>Flagged as spam by the mail server.</summary>
    Spam,
    /// <summary>Sent by SheetLeads itself.</summary>
    OwnNotification,
    /// <summary>A delivery failure report.</summary>
    Bounce,
    /// <summary>An automatic reply.</summary>
    AutoReply,
    /// <summary>List or bulk mail.</summary>
    Bulk,
    /// <summary>From the business's own domains.</summary>
    OwnDomain,
}

/// <summary>Extensions over <see cref="SkipReason"/>.</summary>
public static class SkipReasonExtensions
{
    /// <summary>The reason exactly as SPEC spells it, e.g. <c>auto-reply</c>.</summary>
    public static string ToText(this SkipReason reason) => reason switch
    {
        SkipReason.Unparseable => "unparseable",
        SkipReason.Spam => "spam",
        SkipReason.OwnNotification => "own-notification",
        SkipReason.Bounce => "bounce",
        SkipReason.AutoReply => "auto-reply",
        SkipReason.Bulk => "bulk",
        SkipReason.OwnDomain => "own-domain",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
