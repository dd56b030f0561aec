using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Intake;

/// <summary>Turns anything a channel read into an enquiry or a recorded skip.</summary>
public static class EnquiryIntake
{
    /// <summary>
    /// The enquiry or skip of one channel item. Input the rules cannot make sense of becomes an <c>unparseable</c>
    /// skip with the reason, never an exception: one bad message must not block the ones behind it (SPEC §1).
    /// </summary>
    public static TakenItem Take(ChannelInfo channel, ChannelItem item, IntakeSettings settings, DateTimeOffset now)
    {
        try
        {
            return item switch
            {
                MailItem mail => MailIntake.Take(channel, mail, settings, now),
                FormItem form => FormIntake.Take(channel, form, settings, now),
                UnreadableItem unreadable => FormIntake.Unreadable(channel, unreadable),
                _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown channel item."),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Skip(ReferenceOf(channel, item), item.Origin, SkipReason.Unparseable, "could not be understood: " + e.Message);
        }
    }

    /// <summary>The reference an item is taken in under (SPEC §3), whatever the rules decide it is.</summary>
    public static Reference ReferenceOf(ChannelInfo channel, ChannelItem item) => item switch
    {
        MailItem mail => MailIntake.ReferenceOf(channel.Name, mail.Message),
        FormItem form => new Reference(channel.Name, form.Submission.Id),
        UnreadableItem unreadable => new Reference(channel.Name, unreadable.ExternalId),
        _ => new Reference(channel.Name, item.Origin),
    };
}
