using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Sync;

/// <summary>What a channel read in one cycle.</summary>
/// <param name="Items">The items read.</param>
/// <param name="Checkpoint">Where the channel will resume once these items are taken in.</param>
/// <param name="Problems">Things the channel could not read this time (retried next cycle), for the log.</param>
/// <param name="HasMore">True when the limit stopped the read before everything pending was read.</param>
public sealed record ChannelBatch(IReadOnlyList<ChannelItem> Items, ChannelCheckpoint Checkpoint, IReadOnlyList<string> Problems, bool HasMore = false)
{
    /// <summary>
    /// The team's replies the channel read this cycle (a mailbox with a Sent folder, SPEC §4): not items, so not counted
    /// as taken in; they only stamp First response. Their place in the checkpoint advances with the cycle like the items'.
    /// </summary>
    public IReadOnlyList<TeamReply> Replies { get; init; } = [];
}
