using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>The hand-written .eml files under Fixtures/mail and the business they were written for.</summary>
internal static class MailFixtures
{
    public static readonly DateTimeOffset DeliveredAt = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "mail", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static MailMessage Read(string name) => MimeMailReader.Read(Bytes(name), DeliveredAt);

    public static IntakeSettings Settings()
    {
        if (!EmailAddress.TryParse("sheetleads@oakleaf-plumbing.co.uk", out var sender))
            throw new InvalidOperationException("the notification sender must be an address");
        return new IntakeSettings(new BusinessTime(TimeZoneInfo.Utc), new PhoneNormaliser("GB"), ["oakleaf-plumbing.co.uk"], sender, FieldLabels.Default);
    }

    public static TakenItem Take(string name) =>
        MailIntake.Take(new ChannelInfo("mail", "Email"), new MailItem(Read(name), name), Settings(), Now);
}
