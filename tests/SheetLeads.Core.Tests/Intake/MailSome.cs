using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Intake;

/// <summary>Builders for mails and settings as the mail intake tests need them.</summary>
internal static class MailSome
{
    public const string OwnDomain = "oakleaf-plumbing.co.uk";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static IntakeSettings Settings(string? notificationSender = "sheetleads@oakleaf-plumbing.co.uk")
    {
        EmailAddress? sender = null;
        if (notificationSender is not null && !EmailAddress.TryParse(notificationSender, out sender))
            throw new ArgumentException("Not an address: " + notificationSender, nameof(notificationSender));
        return new IntakeSettings(new BusinessTime(TimeZoneInfo.Utc), new PhoneNormaliser("GB"), [OwnDomain], sender, FieldLabels.Default);
    }

    public static MailMessage Mail(
        string from = "Dan Webb <dan.webb@example.org>",
        string? subject = "Quote please",
        string? text = "Hello, could you quote for a new kitchen tap?",
        string? html = null,
        string? replyTo = null,
        string? messageId = "m1@example.org",
        DateTimeOffset? date = null,
        IReadOnlyList<(string Name, string Value)>? headers = null) => new()
        {
            RawDigest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            HasHeaders = true,
            MessageId = messageId,
            From = Address(from),
            ReplyTo = replyTo is null ? [] : [Address(replyTo)],
            Subject = subject,
            Date = date ?? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
            DeliveredAt = new DateTimeOffset(2026, 11, 20, 9, 1, 0, TimeSpan.Zero),
            TextBody = text,
            HtmlBody = html,
            Headers = (headers ?? []).Select(h => new MailHeader(h.Name, h.Value)).ToArray(),
        };

    /// <summary><c>Name &lt;address&gt;</c> or a bare address.</summary>
    public static MailAddress Address(string text)
    {
        var lt = text.IndexOf('<', StringComparison.Ordinal);
        return lt < 0
            ? new MailAddress(null, text.Trim())
            : new MailAddress(text[..lt].Trim().Trim('"'), text[(lt + 1)..].TrimEnd('>').Trim());
    }

    public static TakenItem Take(MailMessage mail, IntakeSettings? settings = null) =>
        MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(mail, "test.eml"), settings ?? Settings(), Now);

    public static Enquiry Enquiry(MailMessage mail, IntakeSettings? settings = null) =>
        Assert.IsType<Enquiry>(Take(mail, settings));

    public static Skip Skip(MailMessage mail, IntakeSettings? settings = null) =>
        Assert.IsType<Skip>(Take(mail, settings));
}
