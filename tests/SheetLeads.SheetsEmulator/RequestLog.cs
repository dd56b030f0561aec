namespace SheetLeads.SheetsEmulator;

/// <summary>Every request the emulator saw, in order.</summary>
public sealed class RequestLog
{
    /// <summary>All requests so far.</summary>
    public IReadOnlyList<LoggedRequest> All => throw new NotImplementedException();

    /// <summary>Requests of one method (e.g. "values.append").</summary>
    public int Count(string method) => throw new NotImplementedException();

    /// <summary>API requests counted as reads.</summary>
    public int Reads => throw new NotImplementedException();

    /// <summary>API requests counted as writes.</summary>
    public int Writes => throw new NotImplementedException();

    /// <summary>Forget what was logged.</summary>
    public void Clear() => throw new NotImplementedException();
}
