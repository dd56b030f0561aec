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

    // "0 0 8 * * ?": every day at DigestAt (validated when the host starts, before the scheduler runs anything).
    private static string DigestCron(string at)
    {
        var time = TimeOnly.TryParseExact(at, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : new TimeOnly(8, 0);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} * * ?");
    }

    // SPEC §8: sync every Interval, never two at once (SyncJob is [DisallowConcurrentExecution]); on shutdown a
    // running cycle is allowed to finish, and one cut short loses nothing (the sheet write is all-or-nothing
    // and the state is recorded after it). The Summary is rewritten every SummaryInterval by its own job, which
    // waits while a cycle works the sheet (SheetTurn).
    private static void AddSchedule(IServiceCollection services, IConfiguration configuration)
    {
        var sync = new SyncOptions();
        configuration.GetSection(SyncOptions.Section).Bind(sync);
        var interval = sync.Interval < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : sync.Interval;
        var summaryInterval = sync.SummaryInterval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : sync.SummaryInterval;
        var notifications = new NotificationsOptions();
        configuration.GetSection(NotificationsOptions.Section).Bind(notifications);
        var business = new BusinessOptions();
        configuration.GetSection(BusinessOptions.Section).Bind(business);
        // A wrong zone or time fails validation when the host starts, before the scheduler runs anything.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(business.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        services.AddQuartz(q =>
        {
            q.ScheduleJob<SyncJob>(
                trigger => trigger.WithIdentity("sync-every-interval").StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
                job => job.WithIdentity(SyncJob.Key));
            q.ScheduleJob<SummaryJob>(
                trigger => trigger.WithIdentity("summary-every-interval").StartNow().WithSimpleSchedule(s => s.WithInterval(summaryInterval).RepeatForever()),
                job => job.WithIdentity(SummaryJob.Key));
            q.ScheduleJob<NotifyJob>(
                trigger => trigger.WithIdentity("notify-every-interval").StartNow().WithSimpleSchedule(s => s.WithInterval(summaryInterval).RepeatForever()),
                job => job.WithIdentity(NotifyJob.Key));
            q.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key));
            q.AddTrigger(trigger => trigger.ForJob(DigestJob.Key).WithIdentity("digest-at-start").StartNow());
            q.AddTrigger(trigger => trigger.ForJob(DigestJob.Key).WithIdentity("digest-daily")
                .WithCronSchedule(DigestCron(notifications.DigestAt), cron => cron.InTimeZone(zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<Imap.ImapIdleWatcher>();
        services.AddSingleton<ISyncTrigger, QuartzSyncTrigger>();
        services.AddHostedService<Webhook.WebhookServer>();
    }
}
