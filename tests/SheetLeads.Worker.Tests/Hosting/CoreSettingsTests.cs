using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Tests.Hosting;

public sealed class CoreSettingsTests
{
    [Fact]
    public void The_business_hours_targets_and_window_reach_the_planners_rules()
    {
        var business = new BusinessOptions
        {
            TimeZone = "Europe/London",
            WorkingHours = new WorkingHoursOptions { Days = ["Tue", "Sat"], Open = "08:00", Close = "12:00", Holidays = ["2026-11-28"] },
            ResponseTarget = TimeSpan.FromHours(2),
            ConversionWindow = TimeSpan.FromDays(60),
        };

        var rules = CoreSettings.Planning(business, new TeamOptions());

        Assert.Equal((TimeSpan.FromHours(2), TimeSpan.FromDays(60)), (rules.ResponseTarget, rules.ConversionWindow));
        Assert.True(rules.Hours.IsWorkingDay(new DateOnly(2026, 11, 24)));   // a Tuesday
        Assert.False(rules.Hours.IsWorkingDay(new DateOnly(2026, 11, 23)));  // a Monday
        Assert.False(rules.Hours.IsWorkingDay(new DateOnly(2026, 11, 28)));  // a Saturday that is a holiday
        // Tuesday 07:00 to 13:00 local: open 08:00-12:00.
        var tuesday = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromHours(4), rules.Hours.Between(tuesday, tuesday.AddHours(6)));
    }
}
