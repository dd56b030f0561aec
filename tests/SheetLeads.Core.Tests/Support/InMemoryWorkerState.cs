using SheetLeads.Core.Leads;
using SheetLeads.Core.Sync;

namespace SheetLeads.Core.Tests.Support;

/// <summary>The worker's state in memory; a commit is all or nothing and, as a real store's, gives up once cancelled.</summary>
internal sealed class InMemoryWorkerState(Journal? journal = null) : IWorkerState
{
    public HashSet<Reference> Taken { get; } = [];

    public LeadId? HighestIssued { get; set; }

    public string? LastRoundRobin { get; set; }

    public List<CycleRecord> Commits { get; } = [];

    /// <summary>Makes the next commits fail, as a full disk or a locked state file would.</summary>
    public bool CommitFails { get; set; }

    public Task<WorkerMemory> ReadAsync(IReadOnlyCollection<Reference> references, CancellationToken cancellationToken) =>
        Task.FromResult(new WorkerMemory(references.Where(Taken.Contains).ToHashSet(), HighestIssued, LastRoundRobin));

    public Task CommitAsync(CycleRecord record, CancellationToken cancellationToken)
    {
        journal?.Note("state: commit");
        cancellationToken.ThrowIfCancellationRequested();
        if (CommitFails)
            throw new IOException("disk full");
        Commits.Add(record);
        foreach (var outcome in record.Outcomes)
            Taken.Add(outcome.Item.Reference);
        HighestIssued = record.HighestIssued;
        LastRoundRobin = record.LastRoundRobin;
        return Task.CompletedTask;
    }
}
