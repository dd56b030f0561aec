namespace SheetLeads.SheetsEmulator;

/// <summary>A person working in the sheet at awkward moments.</summary>
public sealed class PersonHooks
{
    private readonly object _gate = new();
    private readonly Queue<Action<EmulatedSpreadsheet>> _beforeWrite = new();

    internal PersonHooks()
    {
    }

    /// <summary>
    /// Runs once, just before the next write request to a spreadsheet is applied (between the worker's read and its
    /// write); the write then sees what the person did. Several calls queue, one per write.
    /// </summary>
    public void BeforeNextWrite(Action<EmulatedSpreadsheet> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        lock (_gate)
            _beforeWrite.Enqueue(act);
    }

    internal Action<EmulatedSpreadsheet>? TakeBeforeWrite()
    {
        lock (_gate)
            return _beforeWrite.TryDequeue(out var act) ? act : null;
    }
}
