using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.FormApi;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.FormFolder;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>A form channel wired as the worker wires it (IHttpClientFactory, its resilience pipeline, a real SQLite state) against a fake service.</summary>
internal sealed class FormApiSetup : IAsyncDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sheetleads-formapi-").FullName;
    private ServiceProvider? _services;

    private FormApiSetup(FakeFormService service)
    {
        Service = service;
        State = new SqliteWorkerState(Path.Combine(_root, "state.db"));
    }

    public FakeFormService Service { get; }
    public SqliteWorkerState State { get; }
    public CollectingLogger<FormApiChannel> Log { get; } = new();

    public static async Task<FormApiSetup> StartAsync() => new(await FakeFormService.StartAsync());

    /// <summary>The channel options a test starts from: the preset's form on the fake, quick retries.</summary>
    public ChannelOptions Options(FakeForm form) => new()
    {
        Name = form.Preset.ToLowerInvariant(),
        Kind = ChannelKinds.Form,
        Preset = form.Preset,
        Url = Service.Url(form),
        Token = FakeFormService.Key,
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        Mapping = form.Preset == "Generic"
            ? new FormMappingOptions
            {
                Items = "data", Id = "uuid", SubmittedAt = "created", Next = "next", SinceParameter = "since",
                Fields = [new() { Label = "Name", Path = "contact.name" }, new() { Label = "Email", Path = "contact.email" }, new() { Label = "Message", Path = "body" }],
            }
            : new FormMappingOptions(),
    };

    public FormApiChannel Channel(ChannelOptions options)
    {
        _services ??= Services(options);
        var settings = CoreSettings.FormApi(options);
        var client = new FormApiClient(_services.GetRequiredService<IHttpClientFactory>(), options.Name, settings, TimeProvider.System);
        return new FormApiChannel(new ChannelInfo(options.Name, "Website form"), settings, client, State, State,
            options.Webhook.IsSet ? State : null, TimeProvider.System, Log);
    }

    /// <summary>Records a batch as a cycle does once the sheet holds it: its references and its checkpoint.</summary>
    public Task CommitAsync(FormApiChannel channel, ChannelBatch batch)
    {
        var now = DateTimeOffset.UtcNow;
        var outcomes = batch.Items.Select(i => Core.Intake.EnquiryIntake.Take(channel.Info, i, Intake, now))
            .Select(t => new Core.Planning.ItemOutcome(t, Core.Planning.OutcomeKind.Duplicate, null)).ToArray();
        return State.CommitAsync(new CycleRecord(now, outcomes, [batch.Checkpoint], null, null), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await Service.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static readonly IntakeSettings Intake = CoreSettings.Intake(new BusinessOptions(), new NotificationsOptions(), new LabelsOptions());

    private static ServiceProvider Services(ChannelOptions options)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(l => l.ClearProviders());
        services.Configure<ChannelsOptions>(o => o.Items.Add(options));
        services.AddFormApi();
        return services.BuildServiceProvider();
    }
}
