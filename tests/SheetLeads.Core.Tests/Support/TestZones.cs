namespace SheetLeads.Core.Tests.Support;

/// <summary>
/// Time zones built by hand, so daylight-saving tests do not depend on the machine's tzdata (STYLE: test DST with
/// a custom zone).
/// </summary>
internal static class TestZones
{
    /// <summary>Like Europe/London: UTC in winter, +1 from the last Sunday of March 01:00 to the last Sunday of October 02:00.</summary>
    public static TimeZoneInfo LondonLike { get; } = WithSummerTime("Test/LondonLike", TimeSpan.Zero, springAt: 1, autumnAt: 2);

    /// <summary>Like Europe/Kyiv: +2 in winter, +3 from the last Sunday of March 03:00 to the last Sunday of October 04:00.</summary>
    public static TimeZoneInfo KyivLike { get; } = WithSummerTime("Test/KyivLike", TimeSpan.FromHours(2), springAt: 3, autumnAt: 4);

    /// <summary>Like America/New_York: -5 in winter, -4 from the second Sunday of March 02:00 to the first Sunday of November 02:00.</summary>
    public static TimeZoneInfo NewYorkLike { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test/NewYorkLike", TimeSpan.FromHours(-5), "Test/NewYorkLike", "Test/NewYorkLike standard", "Test/NewYorkLike summer",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday)),
        ]);

    private static TimeZoneInfo WithSummerTime(string id, TimeSpan baseOffset, int springAt, int autumnAt)
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, springAt, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, autumnAt, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(id, baseOffset, id, id + " standard", id + " summer", [rule]);
    }
}
