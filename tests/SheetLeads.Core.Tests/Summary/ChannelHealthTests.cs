using SheetLeads.Core.Leads;
using SheetLeads.Core.Summary;
using static SheetLeads.Core.Tests.Summary.SummarySome;

namespace SheetLeads.Core.Tests.Summary;

public sealed class ChannelHealthTests
{
    private static readonly Dictionary<SkipReason, int> NoSkips = [];

    private static ChannelHealth Health(string channel, string firstPoll, string? lastSuccess, string? error = null, string? errorAt = null,
        int taken = 0, Dictionary<SkipReason, int>? skipped = null) =>
        new(channel, At(firstPoll), lastSuccess is null ? null : At(lastSuccess), error, errorAt is null ? null : At(errorAt), taken, skipped ?? NoSkips);

    [Fact]
    public void A_channel_not_read_for_three_sync_intervals_is_an_alert_with_its_last_error()
    {
        // The sync interval of the test settings is one minute.
        var report = Build([], "2026-11-25 12:00", channels: ["mail", "site"], health:
        [
            Health("mail", "2026-11-20 09:00", lastSuccess: "2026-11-25 11:56", error: "Connection refused", errorAt: "2026-11-25 11:59"),
            Health("site", "2026-11-20 09:00", lastSuccess: "2026-11-25 11:57"),
        ]);

        Assert.Equal(["Channel mail has not been read since 2026-11-25 11:56: Connection refused"], report.Alerts);
    }

    [Fact]
    public void A_channel_never_read_is_an_alert_once_three_intervals_have_passed_since_the_first_try()
    {
        var report = Build([], "2026-11-25 12:00", channels: ["quote", "fresh"], health:
        [
            Health("quote", "2026-11-25 11:50", lastSuccess: null, error: "401 Unauthorized", errorAt: "2026-11-25 11:59"),
            Health("fresh", "2026-11-25 11:58", lastSuccess: null, error: "timeout", errorAt: "2026-11-25 11:59"),
        ]);

        Assert.Equal(["Channel quote has never been read (first tried 2026-11-25 11:50): 401 Unauthorized"], report.Alerts);
    }

    [Fact]
    public void Channels_no_longer_configured_are_neither_shown_nor_alerted()
    {
        var report = Build([], "2026-11-25 12:00", channels: ["mail"], health:
        [
            Health("old", "2026-01-01 09:00", lastSuccess: "2026-01-02 09:00"),
            Health("mail", "2026-11-20 09:00", lastSuccess: "2026-11-25 11:59"),
        ]);

        Assert.Empty(report.Alerts);
        Assert.Equal(["mail"], report.Table(SummaryLabels.ChannelHealth).Rows.Select(r => r[0].Value.AsText()));
    }

    [Fact]
    public void Channel_health_shows_last_success_taken_and_skipped_today_by_reason_and_the_last_error()
    {
        var report = Build([], "2026-11-25 12:00", channels: ["mail", "site", "new"], health:
        [
            Health("mail", "2026-11-20 09:00", lastSuccess: "2026-11-25 11:59", error: "Connection reset", errorAt: "2026-11-25 08:00", taken: 4,
                skipped: new() { [SkipReason.Bulk] = 1, [SkipReason.AutoReply] = 2 }),
            Health("site", "2026-11-20 09:00", lastSuccess: "2026-11-25 11:59"),
        ]);

        Assert.Equal(
            [
                "mail | 2026-11-25 11:59 | 4 | 3 (auto-reply=2 bulk=1) | 2026-11-25 08:00 Connection reset",
                "site | 2026-11-25 11:59 | 0 | 0 | ",
                "new |  | 0 | 0 | ",
            ],
            report.Table(SummaryLabels.ChannelHealth).Lines());
    }
}
