namespace SheetLeads.SheetsEmulator.Model;

internal sealed record BoolValue(bool Value) : CellValue;
