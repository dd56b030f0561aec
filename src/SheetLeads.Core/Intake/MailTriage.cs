using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Intake;

/// <summary>
/// Steps 1, 3 and 4 of SPEC §1's decision order: what a mail is before anyone reads its body. Spam and
/// SheetLeads' own mail first, then bounces (even from the own domain), auto-replies and bulk mail.
/// </summary>
public static class MailTriage
{
    private static readonly string[] DaemonLocalParts = ["mailer-daemon", "postmaster", "mail-daemon", "maildaemon"];

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
        if (IsDaemon(mail.From) || IsDaemon(mail.Sender))
            return (SkipReason.Bounce, "sent by a mailer daemon");
        if (AutoReplyHeader(mail) is { } autoReply)
            return (SkipReason.AutoReply, autoReply);
        if (mail.ReportType is "disposition-notification")
            return (SkipReason.AutoReply, "read receipt");
        if (HasNullReturnPath(mail))
            return (SkipReason.AutoReply, "null Return-Path");
        if (mail.HasHeader("List-Unsubscribe") || mail.HasHeader("List-Id"))
            return (SkipReason.Bulk, "mailing list headers");
        if (Precedence(mail) is "bulk" or "list" or "junk")
            return (SkipReason.Bulk, "Precedence: " + Precedence(mail));
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
        return null;
    }

    // RFC 3834 §3.3 and RFC 5321 §4.5.5: automatic mail is sent with an empty envelope sender, which delivery
    // records as "Return-Path: <>"; a person's mail never is. Bounces are told apart before this.
    private static bool HasNullReturnPath(MailMessage mail) =>
        mail.Header("Return-Path") is { } returnPath && returnPath.Trim() is "<>" or "< >";

    private static string? Precedence(MailMessage mail) => mail.Header("Precedence") is { } p ? FirstToken(p).ToLowerInvariant() : null;

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

    private static string FirstToken(string value) => value.Split([';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    private static bool IsYes(string? value) => value is not null && FirstToken(value).Equals("YES", StringComparison.OrdinalIgnoreCase);

    private static bool IsNo(string value) => FirstToken(value).ToLowerInvariant() is "no" or "false" or "0";
}
