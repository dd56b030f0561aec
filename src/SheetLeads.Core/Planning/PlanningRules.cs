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
public sealed record PlanningRules(
    StatusSet Statuses,
    RequiredFields Required,
    TemperatureRules Temperature,
    OwnerAssignment Owners,
    BusinessTime Time,
    PhoneNormaliser Phones)
{
    /// <summary>The clock flags of SPEC §5; without them only possible duplicates are flagged.</summary>
    public FlagRules? Flags { get; init; }

    /// <summary>The Source of a typed row that has none (SPEC §1).</summary>
    public const string ManualSource = "Manual";
}
