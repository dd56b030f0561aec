using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Intake;

/// <summary>What the intake rules need to know about the business.</summary>
/// <param name="Time">The business time zone.</param>
/// <param name="Phones">Phone normalisation with the default region.</param>
/// <param name="OwnDomains">The business's own mail domains (subdomains included).</param>
/// <param name="NotificationSender">The address SheetLeads sends notifications from (loop guard), if any.</param>
/// <param name="Labels">Form label mapping.</param>
/// <param name="MessageLimit">Cap on the Message text.</param>
public sealed record IntakeSettings(
    BusinessTime Time,
    PhoneNormaliser Phones,
    IReadOnlyList<string> OwnDomains,
    EmailAddress? NotificationSender,
    FieldLabels Labels,
    int MessageLimit = MessageCleaner.DefaultLimit)
{
    /// <summary>True when the address is in one of the own domains.</summary>
    public bool IsOwn(EmailAddress address) => OwnDomains.Any(address.IsIn);
}
