using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Rules;

namespace SheetLeads.Core.Planning;

/// <summary>The business rules the planner applies.</summary>
/// <param name="Statuses">Configured statuses.</param>
/// <param name="Required">Required fields.</param>
/// <param name="Temperature">Temperature rules.</param>
/// <param name="Owners">Owner assignment.</param>
/// <param name="Time">Business time zone.</param>
/// <param name="Phones">Phone normalisation (typed rows are matched by E.164).</param>
/// <param name="Hours">Working time, in which response times are counted (SPEC §5).</param>
/// <param name="ResponseTarget">Working time within which a new lead should be answered (SPEC §5: 30 minutes by default).</param>
/// <param name="ConversionWindow">How long a lead may stay open before it is Stalled (SPEC §5: 30 days by default).</param>
public sealed record PlanningRules(
    StatusSet Statuses,
    RequiredFields Required,
    TemperatureRules Temperature,
    OwnerAssignment Owners,
    BusinessTime Time,
    PhoneNormaliser Phones,
    WorkingTime Hours,
    TimeSpan ResponseTarget,
    TimeSpan ConversionWindow)
{
    /// <summary>The Source of a typed row that has none (SPEC §1).</summary>
    public const string ManualSource = "Manual";
}
