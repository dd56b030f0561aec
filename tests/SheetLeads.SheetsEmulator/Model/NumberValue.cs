namespace SheetLeads.SheetsEmulator.Model;

internal sealed record NumberValue(double Number) : CellValue;
