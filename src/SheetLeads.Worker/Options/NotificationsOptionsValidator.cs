using System.Globalization;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Options;

internal sealed class NotificationsOptionsValidator : IValidateOptions<NotificationsOptions>
{
    private const string S = NotificationsOptions.Section;

    public ValidateOptionsResult Validate(string? name, NotificationsOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (o.Enabled)
            result.AddError($"{S}:Enabled: sending notifications is not available in this version yet; set it to false.");
        if (o.From is not null && !EmailAddress.TryParse(o.From, out _))
            result.AddError($"{S}:From must be an e-mail address; it is '{o.From}'.");
        if (!TimeOnly.TryParseExact(o.DigestAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            result.AddError($"{S}:DigestAt must be a time such as 08:00; it is '{o.DigestAt}'.");
        return result.Build();
    }
}
