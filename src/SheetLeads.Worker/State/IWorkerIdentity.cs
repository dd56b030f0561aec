namespace SheetLeads.Worker.State;

/// <summary>Who this worker is, kept with its state: the same after a restart, different for a second deployment.</summary>
internal interface IWorkerIdentity
{
    /// <summary>A random id made on first use and kept from then on.</summary>
    Task<string> WorkerIdAsync(CancellationToken cancellationToken);
}
