using SheetLeads.Core.Leads;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.Workbook;

namespace SheetLeads.Worker.Tests.State;

public sealed class ChannelHealthStoreTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly SqliteWorkerState _state;

    public ChannelHealthStoreTests() => _state = new SqliteWorkerState(_folder.File("state.db"));

    public void Dispose() => _folder.Dispose();

    private static ChannelPoll Poll(string channel, bool completed = true, string? error = null, int taken = 0, SkipReason? skipped = null) =>
        new(channel, completed, error, taken, skipped is { } r ? new Dictionary<SkipReason, int> { [r] = 1 } : []);

    [Fact]
    public async Task Todays_counts_add_up_over_cycles_and_start_again_the_next_day()
    {
        await _state.RecordPollsAsync([Poll("mail", taken: 2, skipped: SkipReason.Bulk)], Morning, Monday, CancellationToken.None);
        await _state.RecordPollsAsync([Poll("mail", taken: 1, skipped: SkipReason.Bulk)], Morning.AddMinutes(1), Monday, CancellationToken.None);

        var monday = Assert.Single(await _state.ReadHealthAsync(Monday, CancellationToken.None));
        var tuesday = Assert.Single(await _state.ReadHealthAsync(Monday.AddDays(1), CancellationToken.None));

        Assert.Equal((3, 2), (monday.TakenToday, monday.SkippedToday[SkipReason.Bulk]));
        Assert.Equal((0, 0), (tuesday.TakenToday, tuesday.SkippedToday.Count));
        Assert.Equal(Morning.AddMinutes(1), tuesday.LastSuccess);
    }

    [Fact]
    public async Task A_failed_read_keeps_the_last_success_and_records_the_error_with_its_time()
    {
        await _state.RecordPollsAsync([Poll("mail")], Morning, Monday, CancellationToken.None);
        await _state.RecordPollsAsync([Poll("mail", completed: false, error: "Connection refused")], Morning.AddMinutes(5), Monday, CancellationToken.None);

        var health = Assert.Single(await _state.ReadHealthAsync(Monday, CancellationToken.None));

        Assert.Equal((Morning, Morning), (health.FirstPoll, health.LastSuccess));
        Assert.Equal(("Connection refused", Morning.AddMinutes(5)), (health.LastError, health.LastErrorAt));
    }

    [Fact]
    public async Task A_channel_that_never_succeeded_has_no_last_success_but_its_first_try()
    {
        await _state.RecordPollsAsync([Poll("quote", completed: false, error: "401 Unauthorized")], Morning, Monday, CancellationToken.None);

        var health = Assert.Single(await _state.ReadHealthAsync(Monday, CancellationToken.None));

        Assert.Null(health.LastSuccess);
        Assert.Equal(Morning, health.FirstPoll);
    }

    [Fact]
    public async Task The_last_summary_written_is_remembered_across_processes()
    {
        Assert.Null(await _state.LastSummaryAsync(CancellationToken.None));
        await _state.RecordSummaryAsync(new SummaryStamp("ABC", Morning), CancellationToken.None);

        var reopened = new SqliteWorkerState(_folder.File("state.db"));

        Assert.Equal(new SummaryStamp("ABC", Morning), await reopened.LastSummaryAsync(CancellationToken.None));
    }
}
