namespace SheetLeads.Core.Sync;

/// <summary>A channel's resume point as entries it defines (file names, UIDVALIDITY and UID, a cursor).</summary>
/// <param name="Channel">The channel's name.</param>
/// <param name="Entries">Entries to record; an entry with a null value is removed.</param>
public sealed record ChannelCheckpoint(string Channel, IReadOnlyDictionary<string, string?> Entries)
{
    /// <summary>A checkpoint that records nothing.</summary>
    public static ChannelCheckpoint None(string channel) => new(channel, new Dictionary<string, string?>());
}
