using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Normalisation;

public class BusinessTimeTests
{
    private static readonly BusinessTime London = new(TestZones.London);
    private static readonly BusinessTime NewYork = new(TestZones.NewYork);

    [Fact]
    public void A_winter_instant_shows_as_the_same_wall_clock_time_in_london()
    {
        var local = London.ToLocal(new DateTimeOffset(2026, 11, 22, 10, 4, 0, TimeSpan.Zero));

        Assert.Equal(new DateTime(2026, 11, 22, 10, 4, 0), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Fact]
    public void A_summer_instant_shows_an_hour_later_in_london_and_may_fall_on_the_next_day()
    {
        var instant = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTime(2026, 7, 2, 0, 30, 0), London.ToLocal(instant));
        Assert.Equal(new DateOnly(2026, 7, 2), London.DateOf(instant));
    }

    [Fact]
    public void An_ordinary_wall_clock_time_maps_to_its_one_instant()
    {
        var instant = London.ToInstant(new DateTime(2026, 7, 1, 9, 0, 0));

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_the_spring_forward_moves_forward_by_the_gap()
    {
        // 29 March 2026: London's clocks go from 01:00 to 02:00, so 01:30 never happens; it is read as 02:30 BST.
        var instant = London.ToInstant(new DateTime(2026, 3, 29, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0), London.ToLocal(instant));
    }

    [Fact]
    public void A_wall_clock_time_repeated_by_the_fall_back_takes_the_earlier_instant()
    {
        // 25 October 2026: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
        var instant = London.ToInstant(new DateTime(2026, 10, 25, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void West_of_utc_a_skipped_time_also_moves_forward()
    {
        // 8 March 2026: New York's clocks go from 02:00 to 03:00; 02:30 is read as 03:30 EDT.
        var instant = NewYork.ToInstant(new DateTime(2026, 3, 8, 2, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0), NewYork.ToLocal(instant));
    }

    [Fact]
    public void West_of_utc_a_repeated_time_also_takes_the_earlier_instant()
    {
        // 1 November 2026: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
        var instant = NewYork.ToInstant(new DateTime(2026, 11, 1, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_wall_clock_time_of_any_kind_is_read_as_business_time()
    {
        var utcKind = DateTime.SpecifyKind(new DateTime(2026, 7, 1, 9, 0, 0), DateTimeKind.Utc);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), London.ToInstant(utcKind));
    }
}
