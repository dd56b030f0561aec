namespace SheetLeads.Worker.Options;

/// <summary>The addresses of the mailboxes the channels read (an IMAP login that is an address), by channel name.</summary>
internal static class WatchedMailboxes
{
    public static IReadOnlyDictionary<string, string> Of(ChannelsOptions channels)
    {
        var watched = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in channels.Items.Where(c => c.IsKind(ChannelKinds.Imap)))
            if (Core.Leads.EmailAddress.TryParse(c.Username, out var address))
                watched.TryAdd(address.ToString(), c.Name);
        return watched;
    }
}
