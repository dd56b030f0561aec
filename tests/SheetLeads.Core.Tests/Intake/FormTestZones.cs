namespace SheetLeads.Core.Tests.Intake;

/// <summary>Zones built by hand, so daylight-saving edges do not depend on the machine's tz database.</summary>
internal static class FormTestZones
{
    /// <summary>UTC in winter, UTC+1 from the last Sunday of March 01:00 to the last Sunday of October 02:00 (as London).</summary>
    public static TimeZoneInfo EuropeanSummerTime { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test/EuropeanSummerTime", TimeSpan.Zero, "Test European summer time", "Test winter", "Test summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);
}
