using SheetLeads.Core.Intake;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;

namespace SheetLeads.Core.Tests.Support;

/// <summary>
/// A channel holding items until they are acknowledged, as a mailbox keeps unmarked mail: what was read but never
/// acknowledged is read again next cycle.
/// </summary>
internal sealed class FakeChannel(string name, string source, Journal? journal = null) : IChannel
{
    private readonly List<ChannelItem> _pending = [];

    public ChannelInfo Info { get; } = new(name, source);

    /// <summary>When set, reading fails as an unreachable server does.</summary>
    public bool Failing { get; set; }

    /// <summary>When set, setting the markers fails after the sheet and the state hold the batch.</summary>
    public bool AcknowledgeFails { get; set; }

    /// <summary>When set, setting the markers fails with this, as an adapter with a bug would.</summary>
    public Exception? AcknowledgeFailure { get; set; }

    public List<IReadOnlyList<ItemOutcome>> Acknowledged { get; } = [];

    public int Reads { get; private set; }

    public IReadOnlyList<ChannelItem> Pending => _pending;

    /// <summary>The team's replies each read returns, as a mailbox with a Sent folder does.</summary>
    public List<TeamReply> Replies { get; } = [];

    public FakeChannel With(params ChannelItem[] items)
    {
        _pending.AddRange(items);
        return this;
    }

    public Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        Reads++;
        if (Failing)
            throw new ChannelException($"{Info.Name}: connection refused by the server.");
        var items = _pending.Take(limit).ToArray();
        var checkpoint = new ChannelCheckpoint(Info.Name, new Dictionary<string, string?> { ["read"] = items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return Task.FromResult(new ChannelBatch(items, checkpoint, [], HasMore: _pending.Count > limit) { Replies = Replies.ToArray() });
    }

    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken)
    {
        journal?.Note($"{Info.Name}: acknowledge");
        if (AcknowledgeFails)
            throw new ChannelException($"{Info.Name}: the server refused to set the marker.");
        if (AcknowledgeFailure is not null)
            throw AcknowledgeFailure;
        Acknowledged.Add(outcomes);
        foreach (var item in batch.Items)
            _pending.Remove(item);
        return Task.CompletedTask;
    }
}
