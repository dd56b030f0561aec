namespace SheetLeads.SheetsEmulator;

/// <summary>Every request the emulator saw, in order.</summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<LoggedRequest> _all = [];

    internal RequestLog()
    {
    }

    /// <summary>All requests so far.</summary>
    public IReadOnlyList<LoggedRequest> All
    {
        get
        {
            lock (_gate)
                return [.. _all];
        }
    }

    /// <summary>Requests of one method (e.g. "values.append"), whatever their outcome.</summary>
    public int Count(string method)
    {
        lock (_gate)
            return _all.Count(r => r.Method == method);
    }

    /// <summary>API requests that count as reads (token requests excluded).</summary>
    public int Reads
    {
        get
        {
            lock (_gate)
                return _all.Count(r => !r.IsWrite && r.Method != "token");
        }
    }

    /// <summary>API requests that count as writes.</summary>
    public int Writes
    {
        get
        {
            lock (_gate)
                return _all.Count(r => r.IsWrite);
        }
    }

    /// <summary>Forget what was logged.</summary>
    public void Clear()
    {
        lock (_gate)
            _all.Clear();
    }

    internal void Add(LoggedRequest request)
    {
        lock (_gate)
            _all.Add(request);
    }
}
