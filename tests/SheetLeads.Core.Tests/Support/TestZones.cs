namespace SheetLeads.Core.Tests.Support;

/// <summary>Time zones built by hand, so daylight-saving edges do not depend on the machine's tz database.</summary>
internal static class TestZones
{
    /// <summary>As London: UTC in winter, UTC+1 from the last Sunday of March 01:00 to the last Sunday of October 02:00 (local).</summary>
    public static TimeZoneInfo London { get; } = Zone(
        "Test/London", TimeSpan.Zero,
        Last(DayOfWeek.Sunday, month: 3, hour: 1), Last(DayOfWeek.Sunday, month: 10, hour: 2));

    /// <summary>As New York: UTC-5 in winter, UTC-4 from the second Sunday of March 02:00 to the first Sunday of November 02:00.</summary>
    public static TimeZoneInfo NewYork { get; } = Zone(
        "Test/NewYork", TimeSpan.FromHours(-5),
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));

    private static TimeZoneInfo.TransitionTime Last(DayOfWeek day, int month, int hour) =>
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, hour, 0, 0), month, 5, day);

    private static TimeZoneInfo Zone(string id, TimeSpan standard, TimeZoneInfo.TransitionTime start, TimeZoneInfo.TransitionTime end) =>
        TimeZoneInfo.CreateCustomTimeZone(id, standard, id, id + " standard", id + " summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end),
        ]);
}
