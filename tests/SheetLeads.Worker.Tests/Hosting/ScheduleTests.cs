using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Jobs;

namespace SheetLeads.Worker.Tests.Hosting;

// Quartz keeps schedulers in a process-wide repository by name: each test shuts its own down.
public sealed class ScheduleTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sheetleads-schedule-").FullName;
    private IHost? _host;
    private IScheduler? _scheduler;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_scheduler is not null)
            await _scheduler.Shutdown();
        _host?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<IScheduler> SchedulerAsync(string sync)
    {
        var config = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(config, $$"""
            { "SheetLeads": { "Sheet": { "Workbook": { "Path": "data/leads.xlsx" } }, "State": { "Path": "data/state.db" },
                              "Sync": {{sync}} } }
            """);
        var (configuration, source, errors) = ConfigLoader.Load(config);
        Assert.Empty(errors);
        _host = WorkerHost.Build(configuration, source, scheduled: true);
        _scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return _scheduler;
    }

    [Fact]
    public async Task Run_schedules_the_summary_every_summary_interval_never_two_at_once()
    {
        var scheduler = await SchedulerAsync("""{ "Interval": "00:00:30", "SummaryInterval": "00:07:00" }""");

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey("summary-every-interval")));
        var job = await scheduler.GetJobDetail(SummaryJob.Key);

        Assert.Equal(TimeSpan.FromMinutes(7), trigger.RepeatInterval);
        Assert.Equal(SummaryJob.Key, trigger.JobKey);
        Assert.True(job!.ConcurrentExecutionDisallowed);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey("sync-every-interval"))).RepeatInterval);
    }

    [Fact]
    public async Task The_summary_defaults_to_every_five_minutes()
    {
        var scheduler = await SchedulerAsync("{}");

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey("summary-every-interval")));

        Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
    }
}
