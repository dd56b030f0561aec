namespace SheetLeads.SheetsEmulator;

/// <summary>Faults to inject into coming requests.</summary>
public sealed class FaultPlan
{
    /// <summary>A one-shot fault for the next request of <paramref name="method"/> (any method when null); queueable.</summary>
    public void Next(Fault fault, string? method = null) => throw new NotImplementedException();

    /// <summary>Each API request gets one of <paramref name="kinds"/> with probability <paramref name="rate"/>.</summary>
    public void Randomly(double rate, int seed, params Fault[] kinds) => throw new NotImplementedException();

    /// <summary>No more faults.</summary>
    public void Clear() => throw new NotImplementedException();
}
