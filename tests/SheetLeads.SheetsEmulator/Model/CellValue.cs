namespace SheetLeads.SheetsEmulator.Model;

/// <summary>An ExtendedValue: what a cell holds (entered) or shows (effective).</summary>
internal abstract record CellValue;

internal sealed record TextValue(string Text) : CellValue;

internal sealed record NumberValue(double Number) : CellValue;

internal sealed record BoolValue(bool Value) : CellValue;

internal sealed record FormulaValue(string Formula) : CellValue;

/// <summary>An error shown by a formula: <paramref name="Type"/> is Google's ErrorType, <paramref name="Shown"/> e.g. "#N/A".</summary>
internal sealed record ErrorValue(string Type, string Shown, string Message) : CellValue;
