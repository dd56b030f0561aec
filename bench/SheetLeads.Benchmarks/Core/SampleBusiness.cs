using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;

namespace SheetLeads.Benchmarks.Core;

/// <summary>
/// The business the Core benchmarks run for, configured as SPEC §10's example (Brightpath Plumbing, Europe/London,
/// Monday to Friday 09:00-17:30, a 30-minute response target, a 30-day conversion window, four people in rotation),
/// built the way the Worker's CoreSettings maps its options onto Core.
/// </summary>
internal static class SampleBusiness
{
    /// <summary>The moment every benchmark is judged at: a Monday lunchtime, in working hours.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The business's own mail domain.</summary>
    public const string OwnDomain = "brightpath.co.uk";

    /// <summary>The team in rotation order.</summary>
    public static IReadOnlyList<string> Team { get; } = ["Alice Hart", "Bob Singh", "Chloe Price", "Dev Patel"];

    /// <summary>The channels as configured, with the Source label each writes.</summary>
    public static IReadOnlyList<ChannelInfo> Channels { get; } =
    [
        new("enquiries", "Email"),
        new("website", "Website form"),
        new("typeform", "Typeform: Quote"),
        new("tally", "Tally: Callback"),
    ];

    /// <summary>The business time zone.</summary>
    public static BusinessTime Time { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    /// <summary>Phone numbers read with the default region GB.</summary>
    public static PhoneNormaliser Phones { get; } = new("GB");

    /// <summary>Working hours: Monday to Friday 09:00-17:30, Christmas Day closed.</summary>
    public static WorkingTime Hours { get; } = new(
        Time,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0),
        new TimeOnly(17, 30),
        new HashSet<DateOnly> { new(2025, 12, 25), new(2026, 12, 25) });

    /// <summary>What the intake rules know about the business.</summary>
    public static IntakeSettings Intake { get; } = new(
        Time,
        Phones,
        [OwnDomain],
        EmailAddress.TryParse("sheetleads@" + OwnDomain, out var sender) ? sender : null,
        FieldLabels.Default);

    /// <summary>The planner's rules: SPEC's defaults, quotes from Typeform to Alice, boilers to Bob.</summary>
    public static PlanningRules Planning { get; } = new(
        StatusSet.Default,
        RequiredFields.Default,
        TemperatureRules.Default,
        new OwnerAssignment(Team, [new AssignmentRule("Typeform: Quote", null, "Alice Hart"), new AssignmentRule(null, "boiler", "Bob Singh")]),
        Time,
        Phones,
        Hours,
        TimeSpan.FromMinutes(30),
        TimeSpan.FromDays(30));

    /// <summary>The Summary's rules, with a one-minute poll interval.</summary>
    public static SummarySettings Summary { get; } = new(
        Time, Hours, TimeSpan.FromMinutes(30), TimeSpan.FromDays(30), TimeSpan.FromMinutes(1), StatusSet.Default, Team);

    /// <summary>Reads the Leads tab's rows into leads, as the Worker's Summary reading does.</summary>
    public static LeadRowReader Reader { get; } = new(StatusSet.Default, Time, Phones);
}
