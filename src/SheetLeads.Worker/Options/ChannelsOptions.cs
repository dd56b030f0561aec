namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Channels</c>: the list of channels.</summary>
internal sealed class ChannelsOptions
{
    public List<ChannelOptions> Items { get; set; } = [];
}
