using System.Globalization;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Rules;

namespace SheetLeads.Worker.Options;

internal sealed class BusinessOptionsValidator : IValidateOptions<BusinessOptions>
{
    private const string S = BusinessOptions.Section;

    public ValidateOptionsResult Validate(string? name, BusinessOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone ?? "", out _))
            result.AddError($"{S}:TimeZone must be an IANA time zone such as Europe/London; '{o.TimeZone}' is not known on this machine.");
        if (string.IsNullOrWhiteSpace(o.DefaultRegion) || !PhoneNormaliser.IsKnownRegion(o.DefaultRegion))
            result.AddError($"{S}:DefaultRegion must be a two-letter region such as GB or US; it is '{o.DefaultRegion}'.");
        for (var i = 0; i < o.OwnDomains.Count; i++)
            if (!LooksLikeDomain(o.OwnDomains[i]))
                result.AddError($"{S}:OwnDomains:{i} must be a mail domain such as example.co.uk; it is '{o.OwnDomains[i]}'.");
        ValidateHours(o.WorkingHours, result);
        if (o.ResponseTarget <= TimeSpan.Zero)
            result.AddError($"{S}:ResponseTarget must be a positive time span such as 00:30:00; it is {o.ResponseTarget}.");
        if (o.ConversionWindow <= TimeSpan.Zero)
            result.AddError($"{S}:ConversionWindow must be a positive time span such as 30.00:00:00; it is {o.ConversionWindow}.");
        for (var i = 0; i < (o.RequiredFields?.Count ?? 0); i++)
            if (!Enum.TryParse<RequiredField>(o.RequiredFields![i], ignoreCase: true, out _))
                result.AddError($"{S}:RequiredFields:{i} must be one of {string.Join(", ", Enum.GetNames<RequiredField>())}; it is '{o.RequiredFields[i]}'.");
        ValidateStatuses(o, result);
        if (o.MessageLimit is < 200 or > 50_000)
            result.AddError($"{S}:MessageLimit must be between 200 and 50000 characters; it is {o.MessageLimit}.");
        return result.Build();
    }

    private static void ValidateHours(WorkingHoursOptions hours, ValidateOptionsResultBuilder result)
    {
        var days = hours.Days ?? [];
        for (var i = 0; i < days.Count; i++)
            if (!WeekDays.TryParse(days[i], out _))
                result.AddError($"{S}:WorkingHours:Days:{i} must be a day such as Mon; it is '{days[i]}'.");
        var open = TimeOnly.TryParseExact(hours.Open, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var o);
        var close = TimeOnly.TryParseExact(hours.Close, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c);
        if (!open)
            result.AddError($"{S}:WorkingHours:Open must be a time such as 09:00; it is '{hours.Open}'.");
        if (!close)
            result.AddError($"{S}:WorkingHours:Close must be a time such as 17:30; it is '{hours.Close}'.");
        if (open && close && c <= o)
            result.AddError($"{S}:WorkingHours:Close ({hours.Close}) must be after Open ({hours.Open}).");
        for (var i = 0; i < hours.Holidays.Count; i++)
            if (!DateOnly.TryParseExact(hours.Holidays[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                result.AddError($"{S}:WorkingHours:Holidays:{i} must be a date such as 2026-12-25; it is '{hours.Holidays[i]}'.");
    }

    private static void ValidateStatuses(BusinessOptions o, ValidateOptionsResultBuilder result)
    {
        var statuses = o.Statuses;
        if (statuses is null)
        {
            if (StatusSet.Default.Find(o.InitialStatus) is not { Role: StatusRole.New })
                result.AddError($"{S}:InitialStatus must be a status with role New; '{o.InitialStatus}' is not.");
            if (StatusSet.Default.Find(o.IncompleteStatus) is not { Role: StatusRole.New })
                result.AddError($"{S}:IncompleteStatus must be a status with role New; '{o.IncompleteStatus}' is not.");
            return;
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < statuses.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(statuses[i].Name))
                result.AddError($"{S}:Statuses:{i}:Name must not be empty.");
            else if (!names.Add(statuses[i].Name.Trim()))
                result.AddError($"{S}:Statuses:{i}:Name '{statuses[i].Name}' is listed twice.");
            if (!Enum.TryParse<StatusRole>(statuses[i].Role, ignoreCase: true, out _))
                result.AddError($"{S}:Statuses:{i}:Role must be one of New, Active, Won, Lost, Closed; it is '{statuses[i].Role}'.");
        }
        bool IsNewRole(string status) => statuses.Any(s => s.Name.Trim().Equals(status.Trim(), StringComparison.OrdinalIgnoreCase)
                                                       && s.Role.Equals("New", StringComparison.OrdinalIgnoreCase));
        if (!IsNewRole(o.InitialStatus))
            result.AddError($"{S}:InitialStatus must name one of {S}:Statuses with role New; it is '{o.InitialStatus}'.");
        if (!IsNewRole(o.IncompleteStatus))
            result.AddError($"{S}:IncompleteStatus must name one of {S}:Statuses with role New; it is '{o.IncompleteStatus}'.");
    }

    private static bool LooksLikeDomain(string domain)
    {
        var d = domain.Trim().TrimStart('@');
        return d.Contains('.', StringComparison.Ordinal) && !d.StartsWith('.') && !d.EndsWith('.')
            && d.All(c => char.IsLetterOrDigit(c) || c is '.' or '-');
    }
}
