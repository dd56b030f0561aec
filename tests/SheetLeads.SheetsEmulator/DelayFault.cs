namespace SheetLeads.SheetsEmulator;

/// <summary>A delay before the request is handled.</summary>
public sealed record DelayFault(TimeSpan Duration) : Fault;
