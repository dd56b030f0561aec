using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>The Brightpath team in rotation order.</summary>
    public static IReadOnlyList<string> Members { get; } = ["Alice Hart", "Bob Singh", "Chloe Price"];

    /// <summary>SPEC §10's example rules: quotes from Typeform go to Alice, boilers to Bob.</summary>
    public static IReadOnlyList<AssignmentRule> AssignmentRules { get; } =
    [
        new("Typeform: Quote", null, "Alice Hart"),
        new(null, "boiler", "Bob Singh"),
    ];

    /// <summary>Round robin over <see cref="Members"/> after <see cref="AssignmentRules"/>.</summary>
    public static OwnerAssignment Owners(IReadOnlyList<string>? members = null, IReadOnlyList<AssignmentRule>? rules = null) =>
        new(members ?? Members, rules ?? AssignmentRules);

    /// <summary>The planner's rules with SPEC's defaults.</summary>
    public static PlanningRules Rules(OwnerAssignment? owners = null, RequiredFields? required = null, WorkingTime? hours = null) =>
        new(StatusSet.Default, required ?? RequiredFields.Default, TemperatureRules.Default, owners ?? Owners(), Time, Phones,
            hours ?? Hours, TimeSpan.FromMinutes(30), TimeSpan.FromDays(30));

    /// <summary>A planner with SPEC's defaults.</summary>
    public static ChangePlanner Planner(OwnerAssignment? owners = null, RequiredFields? required = null, WorkingTime? hours = null) =>
        new(Rules(owners, required, hours));

    /// <summary>SPEC §10's example hours: Monday to Friday 09:00-17:30, Christmas Day closed.</summary>
    public static WorkingTime Hours { get; } = new(Time,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0), new TimeOnly(17, 30), new HashSet<DateOnly> { new(2026, 12, 25) });

    /// <summary>What the planner is given: the sheet as it is now and this cycle's items.</summary>
    public static PlanInput Input(
        InMemoryLeadSheet sheet,
        IReadOnlyList<TakenItem> items,
        IEnumerable<string>? alreadyTaken = null,
        string? highestIssued = null,
        string? lastRoundRobin = null,
        IReadOnlyList<TeamReply>? replies = null) =>
        new(sheet.Snapshot(), items, (alreadyTaken ?? []).Select(Ref).ToHashSet(),
            highestIssued is null ? null : Id(highestIssued), lastRoundRobin, Now) { Replies = replies ?? [] };
}
