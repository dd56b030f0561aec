using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SheetLeads.Worker.Jobs;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Hosting;

/// <summary>Builds the generic host; only <c>run</c> gets the Quartz scheduler.</summary>
internal static class WorkerHost
{
    public static IHost Build(IConfiguration configuration, ConfigSource source, bool scheduled)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = source.Folder,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSheetLeadsLogging(configuration);
        builder.Services.AddSheetLeads(source);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        if (scheduled)
            AddSchedule(builder.Services, configuration);
        return builder.Build();
    }

    // SPEC §8: sync every Interval, never two at once (SyncJob is [DisallowConcurrentExecution]); on shutdown a
    // running cycle is allowed to finish, and one cut short loses nothing (the sheet write is all-or-nothing
    // and the state is recorded after it).
    private static void AddSchedule(IServiceCollection services, IConfiguration configuration)
    {
        var sync = new SyncOptions();
        configuration.GetSection(SyncOptions.Section).Bind(sync);
        var interval = sync.Interval < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : sync.Interval;
        services.AddQuartz(q => q.ScheduleJob<SyncJob>(
            trigger => trigger.WithIdentity("sync-every-interval").StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(SyncJob.Key)));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
