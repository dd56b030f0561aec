using SheetLeads.Core.Intake;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;

namespace SheetLeads.Core.Tests.Support;

/// <summary>A channel whose adapter has a bug: it throws something other than <see cref="ChannelException"/>.</summary>
internal sealed class BrokenChannel(Exception failure) : IChannel
{
    public ChannelInfo Info { get; } = new("broken", "Email");

    public Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken) => Task.FromException<ChannelBatch>(failure);

    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
