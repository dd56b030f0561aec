using SheetLeads.Core.Intake;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

/// <summary>Builds <see cref="MailMessage"/> values the way the mail reader fills them, for the intake rules.</summary>
internal static class MailSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Delivered = new(2026, 11, 23, 10, 0, 30, TimeSpan.Zero);
    public static readonly ChannelInfo Channel = new("mail", "Email");

    public static IntakeSettings Settings(string? notificationSender = "sheetleads@brightpath.co.uk", int limit = MessageCleaner.DefaultLimit) =>
        new(new BusinessTime(FormTestZones.EuropeanSummerTime), new PhoneNormaliser("GB"), ["brightpath.co.uk"],
            notificationSender is null ? null : Core.Leads.EmailAddress.TryParse(notificationSender, out var a) ? a : null,
            FieldLabels.Default, limit);

    /// <summary>A plain mail from a customer; every header given is added after From, To, Subject and Date.</summary>
    public static MailMessage Mail(
        string from = "Sophie Turner <sophie.turner@gmail.com>",
        string? subject = "Radiators not heating",
        string? text = "Hello, two radiators upstairs stay cold. Can you come and look?",
        string? html = null,
        string? messageId = "CAF1x2y3z@mail.gmail.com",
        IEnumerable<string>? replyTo = null,
        DateTimeOffset? date = null,
        IEnumerable<DateTimeOffset>? received = null,
        string? reportType = null,
        bool deliveryStatus = false,
        IEnumerable<string>? inReplyTo = null,
        IEnumerable<string>? references = null,
        params (string Name, string Value)[] headers)
    {
        var fromAddress = Address(from);
        var replies = (replyTo ?? []).Select(Address).ToArray();
        var all = new List<MailHeader> { new("From", from), new("To", "enquiries@brightpath.co.uk") };
        if (subject is not null)
            all.Add(new MailHeader("Subject", subject));
        if (replies.Length > 0)
            all.Add(new MailHeader("Reply-To", string.Join(", ", replyTo!)));
        all.AddRange(headers.Select(h => new MailHeader(h.Name, h.Value)));
        return new MailMessage
        {
            RawDigest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            HasHeaders = true,
            MessageId = messageId,
            Headers = all,
            From = fromAddress,
            ReplyTo = replies,
            Subject = subject,
            Date = date ?? new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
            ReceivedDates = (received ?? [new DateTimeOffset(2026, 11, 23, 10, 0, 20, TimeSpan.Zero)]).ToArray(),
            DeliveredAt = Delivered,
            InReplyTo = (inReplyTo ?? []).ToArray(),
            References = (references ?? []).ToArray(),
            ReportType = reportType,
            HasDeliveryStatus = deliveryStatus,
            TextBody = text,
            HtmlBody = html,
        };
    }

    /// <summary>"Name &lt;address&gt;" or a bare address, as the reader gives it.</summary>
    public static MailAddress Address(string text)
    {
        var lt = text.LastIndexOf('<');
        if (lt < 0)
            return new MailAddress(null, text.Trim());
        var name = text[..lt].Trim().Trim('"').Trim();
        return new MailAddress(name.Length == 0 ? null : name, text[(lt + 1)..].TrimEnd('>', ' '));
    }

    public static Core.Leads.TakenItem Take(MailMessage mail, IntakeSettings? settings = null, DateTimeOffset? now = null) =>
        MailIntake.Take(Channel, new MailItem(mail, "inbox/1.eml"), settings ?? Settings(), now ?? Now);
}
