namespace SheetLeads.SheetsEmulator;

/// <summary>Faults to inject into coming API requests (the token endpoint only when named: "token").</summary>
public sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly List<(Fault Fault, string? Method)> _queue = [];
    private (double Rate, Random Random, Fault[] Kinds)? _random;

    internal FaultPlan()
    {
    }

    /// <summary>A one-shot fault for the next request of <paramref name="method"/> (any API method when null); queueable.</summary>
    public void Next(Fault fault, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
            _queue.Add((fault, method));
    }

    /// <summary>Each API request gets one of <paramref name="kinds"/> with probability <paramref name="rate"/>, drawn from <paramref name="seed"/>.</summary>
    public void Randomly(double rate, int seed, params Fault[] kinds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        if (kinds is null || kinds.Length == 0)
            throw new ArgumentException("Name at least one fault.", nameof(kinds));
#pragma warning disable CA5394 // A seeded, repeatable sequence is the point: the faults are for tests, not security.
        lock (_gate)
            _random = (rate, new Random(seed), kinds);
#pragma warning restore CA5394
    }

    /// <summary>No more faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _queue.Clear();
            _random = null;
        }
    }

    internal Fault? Take(string method)
    {
        lock (_gate)
        {
            var index = _queue.FindIndex(q => q.Method == method || q.Method is null && method != "token");
            if (index >= 0)
            {
                var fault = _queue[index].Fault;
                _queue.RemoveAt(index);
                return fault;
            }
            if (_random is { } plan && method != "token")
            {
#pragma warning disable CA5394 // See Randomly.
                if (plan.Random.NextDouble() < plan.Rate)
                    return plan.Kinds[plan.Random.Next(plan.Kinds.Length)];
#pragma warning restore CA5394
            }
            return null;
        }
    }
}
