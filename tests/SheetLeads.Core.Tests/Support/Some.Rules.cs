using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>The business time zone of every test: London, built by hand.</summary>
    public static BusinessTime Time { get; } = new(TestZones.London);

    /// <summary>Phones read in Great Britain.</summary>
    public static PhoneNormaliser Phones { get; } = new("GB");

    /// <summary>The team of every test, in rotation order.</summary>
    public static IReadOnlyList<string> Team { get; } = ["Alice Hart", "Bob Singh", "Chloe Price"];

    /// <summary>A reader of rows with the default statuses.</summary>
    public static LeadRowReader Reader() => new(StatusSet.Default, Time, Phones);

    /// <summary>The planner's rules: default statuses, temperature and required fields, round robin over <see cref="Team"/>.</summary>
    public static PlanningRules Rules(IReadOnlyList<AssignmentRule>? assignment = null, IReadOnlyList<string>? members = null, RequiredFields? required = null) =>
        new(StatusSet.Default, required ?? RequiredFields.Default, TemperatureRules.Default,
            new OwnerAssignment(members ?? Team, assignment ?? []), Time, Phones);

    /// <summary>A planner with <see cref="Rules"/>.</summary>
    public static ChangePlanner Planner(IReadOnlyList<AssignmentRule>? assignment = null, IReadOnlyList<string>? members = null) =>
        new(Rules(assignment, members));
}
