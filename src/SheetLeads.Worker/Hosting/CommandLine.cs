using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Summary;
using SheetLeads.Worker.Sync;

namespace SheetLeads.Worker.Hosting;

/// <summary>
/// The entry point: <c>sheetleads [run | sync --once | init | check] [--config FILE]</c>. Exit codes: 0 done,
/// 1 the cycle or a check failed, 2 the command line or configuration is wrong (each problem printed).
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadConfiguration = 2;

    public static async Task<int> RunAsync(string[] args, IDictionary<string, string?>? overrides = null, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!Invocation.TryParse(args, out var invocation, out var error))
        {
            await stderr.WriteLineAsync(error + Environment.NewLine + Environment.NewLine + Invocation.Usage);
            return BadConfiguration;
        }
        if (invocation.Command == Invocation.Help)
        {
            await stdout.WriteLineAsync(Invocation.Usage);
            return Ok;
        }

        var (configuration, source, errors) = ConfigLoader.Load(invocation.ConfigFile, overrides);
        if (errors.Count > 0)
            return await ReportAsync(stderr, errors);

        using var host = WorkerHost.Build(configuration, source, scheduled: invocation.Command == Invocation.Run);
        try
        {
            await host.StartAsync();
        }
        catch (OptionsValidationException e)
        {
            return await ReportAsync(stderr, e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return await ReportAsync(stderr, e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures));
        }

        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        LogStart(host.Services, invocation, source);
        var code = invocation.Command switch
        {
            Invocation.Sync => await SyncOnceAsync(host.Services, stdout, stopping),
            Invocation.Init => await InitAsync(host.Services, stdout, stderr, stopping),
            Invocation.Check => await CheckAsync(host.Services, source, stdout, stopping),
            _ => await RunUntilStoppedAsync(host),
        };
        if (invocation.Command != Invocation.Run)
            await host.StopAsync();
        return code;
    }

    // The Summary is refreshed and the mails owed are sent after the cycle, outside its summary line and its exit
    // code: a Summary that cannot be written or a mail that cannot be sent is logged and never fails the sync.
    private static async Task<int> SyncOnceAsync(IServiceProvider services, TextWriter stdout, CancellationToken stopping)
    {
        var report = await services.GetRequiredService<SyncRunner>().RunAsync(stopping);
        await services.GetRequiredService<SummaryRunner>().RunAsync(stopping);
        await services.GetRequiredService<Notifications.NoticeSender>().SendPendingAsync(stopping);
        await stdout.WriteLineAsync(report.SummaryLine());
        return report.Succeeded ? Ok : Failed;
    }

    private static async Task<int> InitAsync(IServiceProvider services, TextWriter stdout, TextWriter stderr, CancellationToken stopping)
    {
        var backend = services.GetRequiredService<SheetBackend>();
        try
        {
            var done = await backend.Setup.PrepareAsync(services.GetRequiredService<Core.Sheet.SheetLayout>(), stopping);
            foreach (var line in done)
                await stdout.WriteLineAsync(line);
            await stdout.WriteLineAsync(done.Count == 0 ? $"{backend.Sheet.Location} is ready; nothing to change." : $"{backend.Sheet.Location} is ready.");
            return Ok;
        }
        catch (Exception e) when (e is Core.Sheet.SheetUnavailableException or Core.Sheet.SheetLayoutException)
        {
            await stderr.WriteLineAsync(e.Message);
            return Failed;
        }
    }

    private static async Task<int> CheckAsync(IServiceProvider services, ConfigSource source, TextWriter stdout, CancellationToken stopping)
    {
        var verdicts = new List<CheckVerdict>
        {
            new("configuration", true, source.File is null ? "no config file; built-in defaults" : $"{source.File} is valid"),
        };
        verdicts.Add(await StateVerdictAsync(services, stopping));
        verdicts.AddRange(await services.GetRequiredService<SheetBackend>().Check.CheckAsync(stopping));
        foreach (var channel in services.GetRequiredService<IReadOnlyList<IChannel>>())
            if (channel is ICheckable checkable)
                verdicts.AddRange(await checkable.CheckAsync(stopping));
        verdicts.AddRange(await services.GetRequiredService<Notifications.SmtpCheck>().CheckAsync(stopping));
        foreach (var v in verdicts)
            await stdout.WriteLineAsync($"{(v.Ok ? "ok  " : "FAIL")} {v.Subject}: {v.Message}");
        var failed = verdicts.Count(v => !v.Ok);
        await stdout.WriteLineAsync(failed == 0 ? "check ok: everything SheetLeads needs is in place" : $"check failed: {failed} problem(s) above");
        return failed == 0 ? Ok : Failed;
    }

    private static async Task<CheckVerdict> StateVerdictAsync(IServiceProvider services, CancellationToken stopping)
    {
        var state = services.GetRequiredService<SqliteWorkerState>();
        try
        {
            await state.ReadCheckpointAsync("check", stopping);
            return new CheckVerdict("state", true, $"{state.Path} opens");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return new CheckVerdict("state", false, $"{state.Path} cannot be opened: {e.Message}; SheetLeads:State:Path must be a writable file");
        }
    }

    private static async Task<int> RunUntilStoppedAsync(IHost host)
    {
        var logger = StartupLogger(host.Services);
        if (logger.IsEnabled(LogLevel.Information))
            logger.Scheduled(host.Services.GetRequiredService<IOptions<SyncOptions>>().Value.Interval);
        await host.WaitForShutdownAsync();
        return Ok;
    }

    private static void LogStart(IServiceProvider services, Invocation invocation, ConfigSource source)
    {
        var logger = StartupLogger(services);
        if (!logger.IsEnabled(LogLevel.Information))
            return;
        logger.Started(invocation.Command, source.File ?? "(built-in defaults)", services.GetRequiredService<SheetBackend>().Sheet.Location,
            services.GetRequiredService<IReadOnlyList<IChannel>>().Count, services.GetRequiredService<SqliteWorkerState>().Path);
    }

    private static async Task<int> ReportAsync(TextWriter stderr, IEnumerable<string> problems)
    {
        await stderr.WriteLineAsync("SheetLeads cannot start; fix the configuration:");
        foreach (var problem in problems)
            await stderr.WriteLineAsync("  - " + problem);
        return BadConfiguration;
    }

    private static ILogger StartupLogger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("SheetLeads");
}
