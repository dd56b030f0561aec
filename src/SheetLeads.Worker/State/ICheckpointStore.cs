using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.State;

/// <summary>Where channels find the resume point their last committed cycle recorded.</summary>
internal interface ICheckpointStore
{
    /// <summary>Every checkpoint entry of a channel.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(string channel, CancellationToken cancellationToken);

    /// <summary>
    /// Records entries a channel keeps for itself between cycles (what it has done in its own system since the cycle
    /// was committed, such as the messages marked); the channel's other entries stay as they are.
    /// </summary>
    Task SaveCheckpointAsync(ChannelCheckpoint checkpoint, CancellationToken cancellationToken);
}
