namespace SheetLeads.SheetsEmulator.Model;

/// <summary>An error shown by a formula: <paramref name="Type"/> is Google's ErrorType, <paramref name="Shown"/> e.g. "#N/A".</summary>
internal sealed record ErrorValue(string Type, string Shown, string Message) : CellValue;
