namespace SheetLeads.SheetsEmulator.Model;

internal sealed record TextValue(string Text) : CellValue;
