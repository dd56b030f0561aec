using SheetLeads.Core.Intake;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Forms;

public class FormTimesTests
{
    [Theory]
    [InlineData("2026-11-20T09:15:00Z", 9, 0)]
    [InlineData("2026-11-20T09:15:00.000Z", 9, 0)]
    [InlineData("2026-11-20T10:15:00+01:00", 10, 60)]
    [InlineData("2026-11-20T04:15:00-05:00", 4, -300)]
    public void A_time_with_a_zone_keeps_its_wall_clock_and_offset(string text, int hour, int offsetMinutes)
    {
        var time = FormTimes.Parse(text);

        Assert.Equal(new FormTimestamp(new DateTime(2026, 11, 20, hour, 15, 0), TimeSpan.FromMinutes(offsetMinutes)), time);
    }

    [Theory]
    [InlineData("2026-11-20 09:15:00")]
    [InlineData("2026-11-20T09:15:00")]
    public void A_time_without_a_zone_has_no_offset(string text)
    {
        Assert.Equal(new FormTimestamp(new DateTime(2026, 11, 20, 9, 15, 0), null), FormTimes.Parse(text));
    }

    [Fact]
    public void Unix_seconds_and_milliseconds_are_instants()
    {
        var seconds = FormTimes.Read(FormFixtures.Parse("1795166100"));
        var milliseconds = FormTimes.Read(FormFixtures.Parse("1795166100000"));

        Assert.Equal(new FormTimestamp(new DateTime(2026, 11, 20, 9, 15, 0), TimeSpan.Zero), seconds);
        Assert.Equal(seconds, milliseconds);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    public void Text_that_is_not_a_time_gives_no_time(string text)
    {
        Assert.Null(FormTimes.Parse(text));
    }
}
