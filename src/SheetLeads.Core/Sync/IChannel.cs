using SheetLeads.Core.Intake;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Sync;

/// <summary>Where enquiries come from (SPEC §1). Implemented by the Worker's channel adapters.</summary>
public interface IChannel
{
    /// <summary>The channel's name and Source label.</summary>
    ChannelInfo Info { get; }

    /// <summary>Reads what has not been taken in yet, at most <paramref name="limit"/> items.</summary>
    /// <exception cref="ChannelException">The channel cannot be read now; the other channels go on.</exception>
    Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Called once the sheet holds the batch and the worker's state recorded it: the place to set mailbox
    /// markers. Failing here loses nothing (the references are in the sheet).
    /// </summary>
    Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken);
}
