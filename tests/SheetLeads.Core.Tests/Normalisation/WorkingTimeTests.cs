using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public class WorkingTimeTests
{
    private static readonly BusinessTime London = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    // Mon-Fri 09:00-17:30, Christmas Day closed.
    private static readonly WorkingTime Hours = new(London,
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        new TimeOnly(9, 0), new TimeOnly(17, 30), new HashSet<DateOnly> { new(2026, 12, 25) });

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) =>
        London.ToInstant(new DateTime(2026, month, day, hour, minute, 0));

    [Fact]
    public void Within_one_working_day_it_is_the_elapsed_time()
    {
        Assert.Equal(TimeSpan.FromMinutes(95), Hours.Between(Local(11, 23, 10, 0), Local(11, 23, 11, 35)));
    }

    [Fact]
    public void An_evening_enquiry_answered_next_morning_counts_from_opening()
    {
        // Monday 20:15 → Tuesday 09:40: only Tuesday's 40 minutes count.
        Assert.Equal(TimeSpan.FromMinutes(40), Hours.Between(Local(11, 23, 20, 15), Local(11, 24, 9, 40)));
    }

    [Fact]
    public void A_weekend_does_not_count()
    {
        // Friday 17:00 → Monday 09:30: 30 minutes on Friday, 30 on Monday.
        Assert.Equal(TimeSpan.FromHours(1), Hours.Between(Local(11, 27, 17, 0), Local(11, 30, 9, 30)));
    }

    [Fact]
    public void A_holiday_does_not_count()
    {
        // Thursday 24 Dec 17:00 → Monday 28 Dec 10:00: Christmas Day is closed, the weekend too.
        Assert.Equal(TimeSpan.FromMinutes(90), Hours.Between(Local(12, 24, 17, 0), Local(12, 28, 10, 0)));
    }

    [Fact]
    public void Whole_working_days_count_their_open_hours()
    {
        // Monday 09:00 → Wednesday 17:30: three days of 8.5 hours.
        Assert.Equal(TimeSpan.FromHours(25.5), Hours.Between(Local(11, 23, 9, 0), Local(11, 25, 17, 30)));
    }

    [Fact]
    public void No_time_passes_backwards_or_with_no_working_days()
    {
        Assert.Equal(TimeSpan.Zero, Hours.Between(Local(11, 24, 12, 0), Local(11, 24, 11, 0)));
        var never = new WorkingTime(London, new HashSet<DayOfWeek>(), new TimeOnly(9, 0), new TimeOnly(17, 0), new HashSet<DateOnly>());
        Assert.Equal(TimeSpan.Zero, never.Between(Local(11, 23, 9, 0), Local(11, 30, 9, 0)));
        Assert.Null(never.NextOpening(Local(11, 23, 9, 0)));
    }

    [Fact]
    public void Hours_are_local_across_the_clocks_going_back()
    {
        // Sunday 25 Oct 2026 the UK goes back an hour; a 24/7 business has 25 hours that day.
        var always = WorkingTime.Always(London);
        Assert.Equal(TimeSpan.FromHours(25), always.Between(Local(10, 25, 0, 0), Local(10, 26, 0, 0)));
        // Opening hours stay 09:00-17:30 local on either side: Friday 23 Oct and Monday 26 Oct are 8.5 hours each.
        Assert.Equal(TimeSpan.FromHours(17), Hours.Between(Local(10, 23, 9, 0), Local(10, 26, 17, 30)));
    }

    [Fact]
    public void Hours_are_local_across_the_clocks_going_forward()
    {
        // Sunday 29 March 2026 the UK goes forward an hour: that day has 23 hours, and opening hours stay 09:00-17:30.
        var always = WorkingTime.Always(London);
        Assert.Equal(TimeSpan.FromHours(23), always.Between(Local(3, 29, 0, 0), Local(3, 30, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(17), Hours.Between(Local(3, 27, 9, 0), Local(3, 30, 17, 30)));
        Assert.Equal(Local(3, 30, 9, 0), Hours.NextOpening(Local(3, 28, 12, 0)));
    }

    [Fact]
    public void A_week_of_enquiries_waits_only_for_the_working_time_between_arrival_and_answer()
    {
        // Arrived → answered, in the week of 23 November 2026.
        Assert.Equal(TimeSpan.FromMinutes(12), Hours.Between(Local(11, 23, 8, 15), Local(11, 23, 9, 12)));    // before opening
        Assert.Equal(TimeSpan.FromMinutes(25), Hours.Between(Local(11, 24, 17, 20), Local(11, 25, 9, 15)));  // near closing
        Assert.Equal(TimeSpan.FromMinutes(0), Hours.Between(Local(11, 25, 18, 0), Local(11, 25, 22, 30)));   // answered the same evening
        Assert.Equal(TimeSpan.FromHours(3), Hours.Between(Local(11, 28, 11, 0), Local(11, 30, 12, 0)));      // Saturday → Monday noon
    }

    [Fact]
    public void A_count_can_stop_once_it_reaches_what_matters()
    {
        // Four weeks of 42.5 working hours; counted no further than a day.
        Assert.Equal(TimeSpan.FromHours(24), Hours.Between(Local(11, 2, 9, 0), Local(11, 28, 9, 0), TimeSpan.FromHours(24)));
        Assert.Equal(TimeSpan.FromHours(2), Hours.Between(Local(11, 23, 9, 0), Local(11, 23, 11, 0), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void The_next_opening_is_the_instant_itself_when_open()
    {
        Assert.Equal(Local(11, 24, 11, 0), Hours.NextOpening(Local(11, 24, 11, 0)));
        Assert.Equal(Local(11, 30, 9, 0), Hours.NextOpening(Local(11, 27, 18, 0)));
        Assert.Equal(Local(12, 28, 9, 0), Hours.NextOpening(Local(12, 24, 17, 45)));
        Assert.Equal(Local(11, 24, 9, 0), Hours.NextOpening(Local(11, 24, 7, 0)));
    }

    [Fact]
    public void After_a_Friday_afternoon_half_an_hour_of_working_time_ends_on_Monday_morning()
    {
        // Friday 27 Nov 17:10: 20 minutes to closing, then 10 on Monday.
        Assert.Equal(Local(11, 30, 9, 10), Hours.After(Local(11, 27, 17, 10), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void A_day_of_working_time_from_Christmas_Eve_skips_the_holiday_and_the_weekend()
    {
        // Thursday 24 Dec 09:00: 8.5 h that day, 8.5 h on Monday 28 Dec, the last 7 h on Tuesday 29 Dec until 16:00.
        Assert.Equal(Local(12, 29, 16, 0), Hours.After(Local(12, 24, 9, 0), TimeSpan.FromHours(24)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Between_the_start_and_After_is_exactly_the_amount_across_the_clock_change(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var from = Local(10, 1, 0).AddMinutes(random.Next(0, 60 * 24 * 60));
            var amount = TimeSpan.FromMinutes(random.Next(1, 60 * 40));

            var reached = Hours.After(from, amount);

            Assert.NotNull(reached);
            Assert.Equal(amount, Hours.Between(from, reached.Value));
            Assert.True(Hours.Between(from, reached.Value.AddMinutes(-1)) < amount);
        }
    }

    [Fact]
    public void A_business_that_never_opens_never_reaches_an_amount()
    {
        var closed = new WorkingTime(London, new HashSet<DayOfWeek>(), new TimeOnly(9, 0), new TimeOnly(17, 30), new HashSet<DateOnly>());

        Assert.Null(closed.After(Local(11, 23, 10, 0), TimeSpan.FromMinutes(1)));
    }
}
