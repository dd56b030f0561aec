using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Sync;

/// <summary>The worker's own memory (SPEC §8): what was taken in, issued Lead IDs, the rotation, checkpoints.</summary>
public interface IWorkerState
{
    /// <summary>What the state knows about these references, and its counters.</summary>
    Task<WorkerMemory> ReadAsync(IReadOnlyCollection<Reference> references, CancellationToken cancellationToken);

    /// <summary>Records a cycle, all or nothing. Called only after the sheet write succeeded.</summary>
    Task CommitAsync(CycleRecord record, CancellationToken cancellationToken);
}
