using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.Jobs;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Webhook;

/// <summary>
/// In <c>run</c> mode, when <c>SheetLeads:Webhooks:Enabled</c>, a Kestrel server of its own on
/// <c>Webhooks:Listen</c> with one route, <c>POST /webhooks/{channel}</c>, for the Form channels that have a Webhook.
/// </summary>
internal sealed class WebhookServer(
    IOptions<WebhooksOptions> options,
    IOptions<ChannelsOptions> channels,
    IWebhookInbox inbox,
    ISyncTrigger trigger,
    TimeProvider time,
    ILogger<WebhookServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses it listens on, once started.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var pushed = channels.Value.Items.Where(c => c.IsKind(ChannelKinds.Form) && c.Webhook.IsSet)
            .ToDictionary(c => c.Name, c => WebhookSignatures.For(c.Webhook, CoreSettings.FormPreset(c)), StringComparer.Ordinal);
        if (!options.Value.Enabled)
        {
            if (pushed.Count > 0)
                logger.Off(string.Join(", ", pushed.Keys));
            return;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Value.Listen);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.Value.MaxBodyBytes + 1;
        });
        _app = builder.Build();
        var endpoint = new WebhookEndpoint(pushed, options.Value.MaxBodyBytes, inbox, trigger, time, logger);
        _app.MapPost("/webhooks/{channel}", (HttpContext context, string channel) => endpoint.HandleAsync(context, channel));
        await _app.StartAsync(cancellationToken);
        Addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        var names = pushed.Count == 0 ? "no channel yet (set a Form channel's Webhook)" : string.Join(", ", pushed.Keys);
        var addresses = string.Join(", ", Addresses);
        logger.Listening(addresses, names);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
