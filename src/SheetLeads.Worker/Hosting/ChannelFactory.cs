using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.FormFolder;
using SheetLeads.Worker.Forms;
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
        foreach (var options in services.GetRequiredService<IOptions<ChannelsOptions>>().Value.Items)
        {
            var info = CoreSettings.Channel(options);
            if (options.IsKind(ChannelKinds.MailFolder))
                channels.Add(new MailFolderChannel(info, options.Path!, checkpoints, services.GetRequiredService<ILogger<MailFolderChannel>>()));
            else if (options.IsKind(ChannelKinds.FormFolder))
                channels.Add(new FormFolderChannel(info, options.Path!, FormPresets.Find(options.Preset)!, checkpoints,
                    services.GetRequiredService<ILogger<FormFolderChannel>>()));
            else if (options.IsKind(ChannelKinds.Imap))
                channels.Add(new ImapChannel(info, CoreSettings.Imap(options, services.GetRequiredService<ImapLogins>().For(options)), checkpoints, services.GetRequiredService<ILogger<ImapChannel>>()));
        }
        return channels;
    }
}
