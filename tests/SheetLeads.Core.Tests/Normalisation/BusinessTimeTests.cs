using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Normalisation;

public sealed class BusinessTimeTests
{
    private readonly BusinessTime _london = new(TestZones.LondonLike);

    [Fact]
    public void A_winter_wall_clock_time_is_read_with_the_standard_offset()
    {
        var instant = _london.ToInstant(Some.Local("2026-11-22 10:04"));

        Assert.Equal(Some.Utc("2026-11-22 10:04"), instant);
    }

    [Fact]
    public void A_summer_wall_clock_time_is_read_with_the_summer_offset()
    {
        var instant = _london.ToInstant(Some.Local("2026-07-01 10:00"));

        Assert.Equal(Some.Utc("2026-07-01 09:00"), instant);
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_the_spring_forward_moves_forward_by_the_gap()
    {
        var instant = _london.ToInstant(Some.Local("2026-03-29 01:30"));

        Assert.Equal(Some.Utc("2026-03-29 01:30"), instant);
        Assert.Equal(Some.Local("2026-03-29 02:30"), _london.ToLocal(instant));
    }

    [Fact]
    public void A_wall_clock_time_repeated_by_the_fall_back_takes_the_earlier_instant()
    {
        var instant = _london.ToInstant(Some.Local("2026-10-25 01:30"));

        Assert.Equal(Some.Utc("2026-10-25 00:30"), instant);
    }

    [Fact]
    public void A_skipped_time_in_a_zone_ahead_of_utc_also_moves_forward()
    {
        var kyiv = new BusinessTime(TestZones.KyivLike);

        var instant = kyiv.ToInstant(Some.Local("2026-03-29 03:30"));

        Assert.Equal(Some.Local("2026-03-29 04:30"), kyiv.ToLocal(instant));
    }

    [Fact]
    public void A_repeated_time_in_a_zone_ahead_of_utc_takes_the_earlier_instant()
    {
        var kyiv = new BusinessTime(TestZones.KyivLike);

        var instant = kyiv.ToInstant(Some.Local("2026-10-25 03:30"));

        Assert.Equal(Some.Utc("2026-10-25 00:30"), instant);
    }

    [Fact]
    public void A_skipped_time_in_a_zone_behind_utc_also_moves_forward()
    {
        var newYork = new BusinessTime(TestZones.NewYorkLike);

        var instant = newYork.ToInstant(Some.Local("2026-03-08 02:30"));

        Assert.Equal(Some.Utc("2026-03-08 07:30"), instant);
        Assert.Equal(Some.Local("2026-03-08 03:30"), newYork.ToLocal(instant));
    }

    [Fact]
    public void A_repeated_time_in_a_zone_behind_utc_takes_the_earlier_instant()
    {
        var newYork = new BusinessTime(TestZones.NewYorkLike);

        var instant = newYork.ToInstant(Some.Local("2026-11-01 01:30"));

        Assert.Equal(Some.Utc("2026-11-01 05:30"), instant);
    }

    [Fact]
    public void An_instant_is_shown_as_business_wall_clock_time()
    {
        var local = _london.ToLocal(Some.Utc("2026-07-01 23:30"));

        Assert.Equal(Some.Local("2026-07-02 00:30"), local);
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Fact]
    public void The_business_date_of_an_instant_follows_the_wall_clock()
    {
        var date = _london.DateOf(Some.Utc("2026-07-01 23:30"));

        Assert.Equal(new DateOnly(2026, 7, 2), date);
    }

    [Fact]
    public void A_wall_clock_time_marked_utc_is_still_read_as_business_time()
    {
        var local = DateTime.SpecifyKind(Some.Local("2026-07-01 10:00"), DateTimeKind.Utc);

        var instant = _london.ToInstant(local);

        Assert.Equal(Some.Utc("2026-07-01 09:00"), instant);
    }
}
