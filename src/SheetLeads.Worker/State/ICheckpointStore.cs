namespace SheetLeads.Worker.State;

/// <summary>Where channels find the resume point their last committed cycle recorded.</summary>
internal interface ICheckpointStore
{
    /// <summary>Every checkpoint entry of a channel.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(string channel, CancellationToken cancellationToken);
}
