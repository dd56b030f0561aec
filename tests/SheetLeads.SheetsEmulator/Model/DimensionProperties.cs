namespace SheetLeads.SheetsEmulator.Model;

/// <summary>What updateDimensionProperties sets on a row or column.</summary>
internal sealed record DimensionProperties(int? PixelSize, bool HiddenByUser);
