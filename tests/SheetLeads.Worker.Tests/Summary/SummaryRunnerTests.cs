using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Notifications;
using SheetLeads.Worker.Notifications;
using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;
using SheetLeads.Worker.Tests.Workbook;
using SheetLeads.Worker.Workbook;
using Some = SheetLeads.Worker.Tests.Workbook.Some;

namespace SheetLeads.Worker.Tests.Summary;

public sealed class SummaryRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly CollectingLogger _log = new();
    private readonly SheetTurn _turn = new();

    public void Dispose()
    {
        _turn.Dispose();
        _folder.Dispose();
    }

    private string Path => _folder.File("leads.xlsx");

    private SummaryRunner Runner(WorkbookLeadSheet sheet)
    {
        var business = new BusinessOptions { TimeZone = "Europe/London" };
        var sync = new SyncOptions { SummaryInterval = TimeSpan.FromMinutes(5) };
        return SummaryRunners.Build(sheet, sheet, new SqliteWorkerState(_folder.File("state.db")), business, new TeamOptions(), sync, _turn, _clock, _log);
    }

    [Fact]
    public async Task The_same_figures_are_not_written_again_until_half_the_interval_has_passed()
    {
        Some.TeamWorkbook(Path);
        using var sheet = Some.Sheet(Path);
        var runner = Runner(sheet);
        Assert.True(await runner.RunAsync(CancellationToken.None));
        var written = await File.ReadAllBytesAsync(Path);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await runner.RunAsync(CancellationToken.None));
        var unchanged = await File.ReadAllBytesAsync(Path);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await runner.RunAsync(CancellationToken.None));

        Assert.Equal(written, unchanged);
        Assert.NotEqual(written, await File.ReadAllBytesAsync(Path)); // a fresh time stamp
        Assert.Equal(2, _log.Lines.Count(l => l.EventId == 7001));
        Assert.Single(_log.Lines, l => l.EventId == 7002);
    }

    [Fact]
    public async Task A_summary_that_cannot_be_written_is_logged_and_reported_never_thrown()
    {
        Some.TeamWorkbook(Path);
        await File.WriteAllTextAsync(_folder.File(".~lock.leads.xlsx#"), "Alice,alice-pc,alice-pc,22.11.2026 10:04,;");
        using var sheet = Some.Sheet(Path);

        var refreshed = await Runner(sheet).RunAsync(CancellationToken.None);

        Assert.False(refreshed);
        var failed = Assert.Single(_log.Lines, l => l.EventId == 7003);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Contains("open in another program", failed.Line);
    }
}
