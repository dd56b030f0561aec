namespace SheetLeads.SheetsEmulator.Model;

internal sealed record FormulaValue(string Formula) : CellValue;
