namespace SheetLeads.SheetsEmulator.Model;

/// <summary>An ExtendedValue: what a cell holds (entered) or shows (effective).</summary>
internal abstract record CellValue;
