using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Notifications;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.FormApi;
using SheetLeads.Worker.Notifications;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;

namespace SheetLeads.Worker.Hosting;

/// <summary>All of SheetLeads' wiring in one place: options, adapters, the sync and Summary use cases.</summary>
internal static class WorkerServices
{
    public static IServiceCollection AddSheetLeads(this IServiceCollection services, ConfigSource source)
    {
        services.AddSingleton(source);
        services.AddSingleton(TimeProvider.System);

        services.AddValidated<BusinessOptions, BusinessOptionsValidator>(BusinessOptions.Section);
        services.AddValidated<TeamOptions, TeamOptionsValidator>(TeamOptions.Section);
        services.AddValidated<SheetOptions, SheetOptionsValidator>(SheetOptions.Section)
            .PostConfigure(o =>
            {
                o.Workbook.Path = string.IsNullOrWhiteSpace(o.Workbook.Path) ? o.Workbook.Path : source.Resolve(o.Workbook.Path);
                o.Google.CredentialsFile = string.IsNullOrWhiteSpace(o.Google.CredentialsFile) ? o.Google.CredentialsFile : source.Resolve(o.Google.CredentialsFile);
            });
        services.AddValidated<StateOptions, StateOptionsValidator>(StateOptions.Section)
            .PostConfigure(o => o.Path = string.IsNullOrWhiteSpace(o.Path) ? o.Path : source.Resolve(o.Path));
        services.AddValidated<NotificationsOptions, NotificationsOptionsValidator>(NotificationsOptions.Section);
        services.AddValidated<SyncOptions, SyncOptionsValidator>(SyncOptions.Section);
        services.AddValidated<WebhooksOptions, WebhooksOptionsValidator>(WebhooksOptions.Section);
        services.AddOptions<LabelsOptions>().BindConfiguration(LabelsOptions.Section);
        services.AddOptions<ChannelsOptions>()
            .Configure<IConfiguration>((o, c) => c.GetSection(ChannelOptions.Section).Bind(o.Items))
            .PostConfigure(o => o.Items.ForEach(c =>
            {
                c.Path = string.IsNullOrWhiteSpace(c.Path) ? c.Path : source.Resolve(c.Path);
                c.CertificateFile = string.IsNullOrWhiteSpace(c.CertificateFile) ? c.CertificateFile : source.Resolve(c.CertificateFile);
            }))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChannelsOptions>, ChannelsOptionsValidator>();

        services.AddSingleton(sp => new SqliteWorkerState(sp.GetRequiredService<IOptions<StateOptions>>().Value.Path));
        services.AddSingleton<IWorkerState>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<ICheckpointStore>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<IWebhookInbox>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<ISheetNotes>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<Imap.ImapLogins>();
        services.AddFormApi();
        services.AddSingleton<IChannelHealthStore>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<ISummaryMemory>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton<IWorkerIdentity>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton(sp => new Heartbeat(
            Path.Combine(Path.GetDirectoryName(sp.GetRequiredService<SqliteWorkerState>().Path)!, Heartbeat.FileName),
            sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton(sp => CoreSettings.Time(Value<BusinessOptions>(sp)));
        services.AddSingleton(sp => CoreSettings.Layout(Value<SheetOptions>(sp), Value<BusinessOptions>(sp), Value<TeamOptions>(sp)));
        services.AddSingleton(sp => CoreSettings.Intake(Value<BusinessOptions>(sp), Value<NotificationsOptions>(sp), Value<LabelsOptions>(sp)));
        services.AddSingleton(sp => new ChangePlanner(CoreSettings.Planning(Value<BusinessOptions>(sp), Value<TeamOptions>(sp))));
        services.AddSingleton(SheetFactory.Create);
        services.AddSingleton<ILeadSheet>(sp => sp.GetRequiredService<SheetBackend>().Sheet);
        services.AddSingleton(ChannelFactory.Create);
        services.AddSingleton(sp => new SyncCycle(
            sp.GetRequiredService<IReadOnlyList<IChannel>>(),
            sp.GetRequiredService<ILeadSheet>(),
            sp.GetRequiredService<IWorkerState>(),
            sp.GetRequiredService<Core.Intake.IntakeSettings>(),
            sp.GetRequiredService<ChangePlanner>(),
            sp.GetRequiredService<TimeProvider>(),
            CoreSettings.Limits(Value<SyncOptions>(sp)),
            Value<NotificationsOptions>(sp).Enabled ? sp.GetRequiredService<LeadNotices>() : null));
        services.AddSingleton<SheetTurn>();
        services.AddSingleton<SyncRunner>();

        services.AddSingleton<ISummarySheet>(sp => sp.GetRequiredService<SheetBackend>().Summary);
        services.AddSingleton(sp => CoreSettings.Reader(Value<BusinessOptions>(sp)));
        services.AddSingleton(sp => new SummaryBuilder(CoreSettings.Summary(Value<BusinessOptions>(sp), Value<TeamOptions>(sp), Value<SyncOptions>(sp))));
        services.AddSingleton<SummaryReading>();
        services.AddSingleton<SummaryRunner>();

        services.AddSingleton<INoticeOutbox>(sp => sp.GetRequiredService<SqliteWorkerState>());
        services.AddSingleton(sp => CoreSettings.Notices(Value<BusinessOptions>(sp), Value<TeamOptions>(sp), Value<NotificationsOptions>(sp)));
        services.AddSingleton<LeadNotices>();
        services.AddSingleton(sp => new ManagerNotices(
            CoreSettings.Summary(Value<BusinessOptions>(sp), Value<TeamOptions>(sp), Value<SyncOptions>(sp)), sp.GetRequiredService<NoticeSettings>()));
        services.AddSingleton(sp => sp.GetRequiredService<SheetBackend>().Links);
        services.AddSingleton<ManagerMail>();
        services.AddSingleton<DigestRunner>();
        services.AddSingleton<NoticeSender>();
        services.AddSingleton<SmtpCheck>();
        return services;
    }

    public static void AddSheetLeadsLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Quartz", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        // The form channels log their own requests without query strings (a JotForm key can be one); the HTTP
        // client's and Polly's own lines would name the full address.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Error);
        // Logs go to standard error: standard output carries only what scripts read (the cycle summary line).
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
        });
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    private static OptionsBuilder<T> AddValidated<T, TValidator>(this IServiceCollection services, string section)
        where T : class
        where TValidator : class, IValidateOptions<T>
    {
        services.AddSingleton<IValidateOptions<T>, TValidator>();
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    private static T Value<T>(IServiceProvider services) where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
