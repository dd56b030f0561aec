using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Intake;

/// <summary>Turns anything a channel read into an enquiry or a recorded skip.</summary>
public static class EnquiryIntake
{
    /// <summary>The enquiry or skip of one channel item.</summary>
    public static TakenItem Take(ChannelInfo channel, ChannelItem item, IntakeSettings settings, DateTimeOffset now) => item switch
    {
        MailItem mail => MailIntake.Take(channel, mail, settings, now),
        FormItem form => FormIntake.Take(channel, form, settings, now),
        UnreadableItem unreadable => FormIntake.Unreadable(channel, unreadable),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown channel item."),
    };
}
