namespace SheetLeads.SheetsEmulator;

/// <summary>The request is applied but its response is lost.</summary>
public sealed record LoseResponseFault : Fault;
