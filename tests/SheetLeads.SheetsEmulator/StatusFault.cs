namespace SheetLeads.SheetsEmulator;

/// <summary>A failure status answered instead of the request.</summary>
public sealed record StatusFault(int Code, TimeSpan? RetryAfter) : Fault;
