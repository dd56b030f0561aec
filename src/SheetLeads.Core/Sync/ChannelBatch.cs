using SheetLeads.Core.Intake;

namespace SheetLeads.Core.Sync;

/// <summary>What a channel read in one cycle.</summary>
/// <param name="Items">The items read.</param>
/// <param name="Checkpoint">Where the channel will resume once these items are taken in.</param>
/// <param name="Problems">Things the channel could not read this time (retried next cycle), for the log.</param>
/// <param name="HasMore">True when the limit stopped the read before everything pending was read.</param>
public sealed record ChannelBatch(IReadOnlyList<ChannelItem> Items, ChannelCheckpoint Checkpoint, IReadOnlyList<string> Problems, bool HasMore = false);
