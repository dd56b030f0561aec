using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Worker.Mail;

namespace SheetLeads.Worker.Tests.Mail;

/// <summary>The numbered hand-written mails under Fixtures/mail, copied next to the tests, and the Brightpath settings they assume.</summary>
internal static class NumberedMailFixtures
{
    public static readonly DateTimeOffset Delivered = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    public static readonly ChannelInfo Channel = new("mail", "Email");

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "mail");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static MailMessage Read(string name) => MimeMailReader.Read(Bytes(name), Delivered);

    public static IntakeSettings Settings { get; } = new(
        new BusinessTime(TimeZoneInfo.Utc), new PhoneNormaliser("GB"), ["brightpath.co.uk"],
        EmailAddress.TryParse("sheetleads@brightpath.co.uk", out var sender) ? sender : null, FieldLabels.Default);

    public static TakenItem Take(string name) => Take(Read(name), name);

    public static TakenItem Take(MailMessage mail, string origin = "test.eml") =>
        MailIntake.Take(Channel, new MailItem(mail, origin), Settings, Now);
}
