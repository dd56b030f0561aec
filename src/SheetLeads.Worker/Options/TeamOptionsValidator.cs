using Microsoft.Extensions.Options;
using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Options;

internal sealed class TeamOptionsValidator : IValidateOptions<TeamOptions>
{
    private const string S = TeamOptions.Section;

    public ValidateOptionsResult Validate(string? name, TeamOptions o)
    {
        var result = new ValidateOptionsResultBuilder();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < o.Members.Count; i++)
        {
            var member = o.Members[i];
            if (string.IsNullOrWhiteSpace(member.Name))
                result.AddError($"{S}:Members:{i}:Name must not be empty.");
            else if (!names.Add(member.Name.Trim()))
                result.AddError($"{S}:Members:{i}:Name '{member.Name}' is listed twice.");
            if (member.Email is not null && !EmailAddress.TryParse(member.Email, out _))
                result.AddError($"{S}:Members:{i}:Email must be an e-mail address; it is '{member.Email}'.");
        }
        if (o.Manager is not null && !EmailAddress.TryParse(o.Manager, out _))
            result.AddError($"{S}:Manager must be an e-mail address; it is '{o.Manager}'.");
        if (!o.Assignment.Mode.Equals("RoundRobin", StringComparison.OrdinalIgnoreCase) && !o.Assignment.Mode.Equals("RulesOnly", StringComparison.OrdinalIgnoreCase))
            result.AddError($"{S}:Assignment:Mode must be RoundRobin or RulesOnly; it is '{o.Assignment.Mode}'.");
        for (var i = 0; i < o.Assignment.Rules.Count; i++)
        {
            var rule = o.Assignment.Rules[i];
            if (string.IsNullOrWhiteSpace(rule.Source) && string.IsNullOrWhiteSpace(rule.Keyword))
                result.AddError($"{S}:Assignment:Rules:{i} needs a Source or a Keyword.");
            if (!names.Contains(rule.Owner?.Trim() ?? ""))
                result.AddError($"{S}:Assignment:Rules:{i}:Owner must be the Name of one of {S}:Members; it is '{rule.Owner}'.");
        }
        return result.Build();
    }
}
