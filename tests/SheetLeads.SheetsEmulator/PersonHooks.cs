namespace SheetLeads.SheetsEmulator;

/// <summary>A person working in the sheet at awkward moments.</summary>
public sealed class PersonHooks
{
    /// <summary>Runs once, just before the next write request is applied (between the worker's read and its write).</summary>
    public void BeforeNextWrite(Action<EmulatedSpreadsheet> act) => throw new NotImplementedException();
}
