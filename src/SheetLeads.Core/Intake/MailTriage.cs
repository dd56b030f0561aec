using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Steps 1, 3 and 4 of SPEC §1's decision order: what a mail is before anyone reads its body. Spam and
/// SheetLeads' own mail first, then bounces (even from the own domain), auto-replies and bulk mail; a header block
/// that names no originator and is none of these is unparseable.
/// </summary>
public static class MailTriage
{
    private static readonly string[] DaemonLocalParts = ["mailer-daemon", "postmaster", "mail-daemon", "maildaemon"];

    private static readonly string[] DeliveryFailureWords =
    [
        "undeliver", "delivery status", "delivery fail", "delivery has failed", "returned mail", "failure notice",
        "mail delivery failed", "non remis", "unzustellbar", "nicht zustellbar", "not delivered", "delivery problem",
    ];

    /// <summary>The skip reason and what was seen, or null when the mail may be an enquiry.</summary>
    public static (SkipReason Reason, string Detail)? Classify(MailMessage mail, IntakeSettings settings)
    {
        if (!mail.HasHeaders)
            return (SkipReason.Unparseable, mail.Problem ?? "no header block");
        if (IsYes(mail.Header("X-Spam-Flag")))
            return (SkipReason.Spam, "X-Spam-Flag: YES");
        if (mail.HasHeader("X-SheetLeads"))
            return (SkipReason.OwnNotification, "X-SheetLeads header");
        if (settings.NotificationSender is { } sender && AddressOf(mail.From) == sender)
            return (SkipReason.OwnNotification, "from the notification sender");
        if (mail.ReportType is "delivery-status" or "feedback-report" || mail.HasDeliveryStatus)
            return (SkipReason.Bounce, "delivery status report");
        if (IsDaemon(mail.From) || IsDaemon(mail.Sender) || IsDaemonText(mail.Header("From")))
            return (SkipReason.Bounce, "sent by a mailer daemon");
        // RFC 3834 §3.3 and RFC 5321 §4.5.5: automatic mail goes out with an empty envelope sender, which delivery
        // records as "Return-Path: <>"; a person's mail never does. A delivery-failure subject makes it a bounce.
        if (IsNullSender(mail))
            return DeliveryFailureSubject(mail.Subject)
                ? (SkipReason.Bounce, "null sender, delivery failure subject")
                : (SkipReason.AutoReply, "null sender (Return-Path: <>)");
        if (AutoReplyHeader(mail) is { } autoReply)
            return (SkipReason.AutoReply, autoReply);
        if (mail.ReportType is "disposition-notification")
            return (SkipReason.AutoReply, "read receipt");
        if (mail.HasHeader("List-Unsubscribe") || mail.HasHeader("List-Id"))
            return (SkipReason.Bulk, "mailing list headers");
        if (Precedence(mail) is "bulk" or "list" or "junk")
            return (SkipReason.Bulk, "Precedence: " + Precedence(mail));
        // RFC 5322 requires From: without any originator field the text is a fragment, not a mail from anyone. Checked
        // last, so that a delivery report or list mail that lost its From is still called what it is.
        if (mail.From is null && mail.Sender is null && mail.ReplyTo.Count == 0
            && !mail.HasHeader("From") && !mail.HasHeader("Sender") && !mail.HasHeader("Reply-To"))
            return (SkipReason.Unparseable, "no From, Sender or Reply-To: nobody wrote it");
        return null;
    }

    /// <summary>The address of a header address, validated and lower-cased.</summary>
    public static EmailAddress? AddressOf(MailAddress? address) =>
        address is not null && EmailAddress.TryParse(address.Address, out var a) ? a : null;

    private static string? AutoReplyHeader(MailMessage mail)
    {
        var autoSubmitted = mail.Header("Auto-Submitted");
        if (autoSubmitted is not null && !FirstToken(autoSubmitted).Equals("no", StringComparison.OrdinalIgnoreCase) && FirstToken(autoSubmitted).Length > 0)
            return "Auto-Submitted: " + FirstToken(autoSubmitted);
        foreach (var name in new[] { "X-Autoreply", "X-Autorespond", "X-Autoresponder" })
            if (mail.Header(name) is { } v && !IsNo(v))
                return name;
        if (Precedence(mail) == "auto_reply")
            return "Precedence: auto_reply";
        if (mail.Header("X-Apple-Action") is { } apple && apple.Contains("VACATION", StringComparison.OrdinalIgnoreCase))
            return "X-Apple-Action: VACATION";
        return null;
    }

    private static string? Precedence(MailMessage mail) => mail.Header("Precedence") is { } p ? FirstToken(p).ToLowerInvariant() : null;

    // The daemon may be named in the address or only in the display name ("MAILER-DAEMON <>").
    private static bool IsDaemon(MailAddress? address)
    {
        if (address is null)
            return false;
        var at = address.Address.LastIndexOf('@');
        var local = (at >= 0 ? address.Address[..at] : address.Address).Trim().ToLowerInvariant();
        var name = address.Name?.Trim().Trim('"').ToLowerInvariant() ?? "";
        // "MAILER-DAEMON <>" has only a name; "Mail Delivery System"/"Subsystem" is how Exim and Gmail sign.
        return DaemonLocalParts.Contains(local) || DaemonLocalParts.Contains(name)
            || name.Contains("mail delivery s", StringComparison.Ordinal);
    }

    // A From the address parser could not read ("MAILER-DAEMON <>") still names the daemon in its text.
    private static bool IsDaemonText(string? from)
    {
        var text = from?.Trim().Trim('"').ToLowerInvariant() ?? "";
        return DaemonLocalParts.Any(d => text.StartsWith(d + " ", StringComparison.Ordinal) || text.StartsWith(d + "@", StringComparison.Ordinal)
                                         || text.StartsWith(d + "<", StringComparison.Ordinal) || text.Contains("<" + d + "@", StringComparison.Ordinal));
    }

    private static bool IsNullSender(MailMessage mail) =>
        mail.Header("Return-Path") is { } path && path.Trim() is "<>" or "< >";

    private static bool DeliveryFailureSubject(string? subject) =>
        subject is not null && DeliveryFailureWords.Any(w => subject.Contains(w, StringComparison.OrdinalIgnoreCase));


    // "YES, hits=12.3", "auto-replied; owner-email=…", "auto-replied (vacation)": the keyword is the first word.
    private static string FirstToken(string value) => value.Split([';', ',', ' ', '\t', '('], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    private static bool IsYes(string? value) => value is not null && FirstToken(value).Equals("YES", StringComparison.OrdinalIgnoreCase);

    private static bool IsNo(string value) => FirstToken(value).ToLowerInvariant() is "no" or "false" or "0";
}
