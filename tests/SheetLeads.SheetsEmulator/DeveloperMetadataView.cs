namespace SheetLeads.SheetsEmulator;

/// <summary>Developer metadata as stored, for assertions.</summary>
/// <param name="MetadataId">Google's metadataId.</param>
/// <param name="MetadataKey">The key.</param>
/// <param name="MetadataValue">The value, if any.</param>
/// <param name="LocationType">SPREADSHEET, SHEET, ROW or COLUMN.</param>
/// <param name="Visibility">DOCUMENT or PROJECT.</param>
/// <param name="SheetId">The tab it is on (null at spreadsheet level).</param>
/// <param name="StartIndex">First row or column (zero-based) for ROW/COLUMN metadata.</param>
/// <param name="EndIndex">End row or column (exclusive) for ROW/COLUMN metadata.</param>
public sealed record DeveloperMetadataView(
    int MetadataId, string MetadataKey, string? MetadataValue, string LocationType, string Visibility,
    int? SheetId, int? StartIndex, int? EndIndex);
