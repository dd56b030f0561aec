using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Intake;
using SheetLeads.Worker.FormApi;
using SheetLeads.Worker.FormFolder;
using SheetLeads.Worker.Imap;
using SheetLeads.Worker.MailFolder;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Hosting;

/// <summary>Makes the configured channels, in configuration order (validated options only reach here).</summary>
internal static class ChannelFactory
{
    public static IReadOnlyList<IChannel> Create(IServiceProvider services)
    {
        var checkpoints = services.GetRequiredService<ICheckpointStore>();
        var channels = new List<IChannel>();
        var configured = services.GetRequiredService<IOptions<ChannelsOptions>>().Value.Items;
        for (var index = 0; index < configured.Count; index++)
        {
            var options = configured[index];
            var info = CoreSettings.Channel(options);
            if (options.IsKind(ChannelKinds.MailFolder))
                channels.Add(new MailFolderChannel(info, options.Path!, checkpoints, services.GetRequiredService<ILogger<MailFolderChannel>>()));
            else if (options.IsKind(ChannelKinds.FormFolder))
                channels.Add(new FormFolderChannel(info, options.Path!, CoreSettings.FormPreset(options), checkpoints,
                    services.GetRequiredService<ILogger<FormFolderChannel>>()));
            else if (options.IsKind(ChannelKinds.Form))
                channels.Add(FormApiChannel(services, info, options, checkpoints));
            else if (options.IsKind(ChannelKinds.Imap))
                channels.Add(ImapChannel(services, info, options, index, checkpoints));
        }
        return channels;
    }

    private static ImapChannel ImapChannel(IServiceProvider services, ChannelInfo info, ChannelOptions options, int index, ICheckpointStore checkpoints)
    {
        var settings = CoreSettings.Imap(options, services.GetRequiredService<ImapLogins>().For(options)) with
        {
            Sent = CoreSettings.SentFolder(options, index, services.GetRequiredService<IOptions<BusinessOptions>>().Value),
        };
        return new ImapChannel(info, settings, checkpoints, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ImapChannel>>());
    }

    private static FormApiChannel FormApiChannel(IServiceProvider services, ChannelInfo info, ChannelOptions options, ICheckpointStore checkpoints)
    {
        var settings = CoreSettings.FormApi(options);
        var time = services.GetRequiredService<TimeProvider>();
        var client = new FormApiClient(services.GetRequiredService<IHttpClientFactory>(), info.Name, settings, time);
        var inbox = options.Webhook.IsSet ? services.GetRequiredService<IWebhookInbox>() : null;
        return new FormApiChannel(info, settings, client, checkpoints, services.GetRequiredService<IWorkerState>(), inbox, time,
            services.GetRequiredService<ILogger<FormApiChannel>>());
    }
}
