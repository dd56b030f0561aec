using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>What a DataFilter selects: an A1 range, a GridRange, or the places of matching developer metadata.</summary>
internal static class DataFilters
{
    public static List<GridArea> Areas(SpreadsheetState spreadsheet, JsonObject filter)
    {
        if ((string?)filter["a1Range"] is { } a1)
            return [GridArea.Resolve(spreadsheet, a1)];
        if (filter["gridRange"] is JsonObject grid)
            return [FromGridRange(spreadsheet, grid)];
        if (filter["developerMetadataLookup"] is JsonObject lookup)
        {
            return Matching(spreadsheet, lookup)
                .Select(m => Place(spreadsheet, m))
                .OfType<GridArea>()
                .ToList();
        }
        throw ApiException.BadRequest("Invalid dataFilter: one of a1Range, gridRange or developerMetadataLookup is required.");
    }

    public static GridArea FromGridRange(SpreadsheetState spreadsheet, JsonObject grid)
    {
        var sheetId = (int?)grid["sheetId"] ?? 0;
        var sheet = spreadsheet.SheetById(sheetId)
            ?? throw ApiException.BadRequest($"No grid with id: {sheetId}");
        var area = new GridArea(
            sheet,
            (int?)grid["startRowIndex"] ?? 0,
            (int?)grid["endRowIndex"] ?? sheet.RowCount,
            (int?)grid["startColumnIndex"] ?? 0,
            (int?)grid["endColumnIndex"] ?? sheet.ColumnCount)
        {
            RowsBounded = grid["endRowIndex"] is not null,
            ColumnsBounded = grid["endColumnIndex"] is not null,
        };
        if (area.StartRow < 0 || area.StartColumn < 0 || area.EndRow < area.StartRow || area.EndColumn < area.StartColumn)
            throw ApiException.BadRequest("Invalid range: start index must be less than or equal to end index and not negative.");
        area.EnsureWithinGrid();
        return area;
    }

    /// <summary>The rows, columns or tab a metadata entry is on; spreadsheet-level metadata has no cells.</summary>
    public static GridArea? Place(SpreadsheetState spreadsheet, DeveloperMetadata metadata)
    {
        if (metadata.SheetId is not { } sheetId || spreadsheet.SheetById(sheetId) is not { } sheet)
            return null;
        return metadata.LocationType switch
        {
            "ROW" => new GridArea(sheet, metadata.StartIndex!.Value, metadata.EndIndex!.Value, 0, sheet.ColumnCount),
            "COLUMN" => new GridArea(sheet, 0, sheet.RowCount, metadata.StartIndex!.Value, metadata.EndIndex!.Value),
            _ => new GridArea(sheet, 0, sheet.RowCount, 0, sheet.ColumnCount),
        };
    }

    /// <summary>Developer metadata a DataFilter selects (for search, update and delete).</summary>
    public static List<DeveloperMetadata> MetadataFor(SpreadsheetState spreadsheet, JsonObject filter)
    {
        if (filter["developerMetadataLookup"] is JsonObject lookup)
            return Matching(spreadsheet, lookup);
        var areas = Areas(spreadsheet, filter);
        return spreadsheet.Metadata.Where(m => Place(spreadsheet, m) is { } place && areas.Any(a => Intersects(a, place))).ToList();
    }

    public static List<DeveloperMetadata> Matching(SpreadsheetState spreadsheet, JsonObject lookup)
    {
        var id = (int?)lookup["metadataId"];
        var key = (string?)lookup["metadataKey"];
        var value = (string?)lookup["metadataValue"];
        var type = (string?)lookup["locationType"];
        var visibility = (string?)lookup["visibility"];
        var location = lookup["metadataLocation"] as JsonObject;
        var exact = (string?)lookup["locationMatchingStrategy"] == "EXACT_LOCATION";
        return spreadsheet.Metadata.Where(m =>
                (id is null || m.Id == id)
                && (key is null || m.Key == key)
                && (value is null || m.Value == value)
                && (type is null || type == "DEVELOPER_METADATA_LOCATION_TYPE_UNSPECIFIED" || m.LocationType == type)
                && (visibility is null || visibility == "DEVELOPER_METADATA_VISIBILITY_UNSPECIFIED" || m.Visibility == visibility)
                && (location is null || AtLocation(spreadsheet, m, location, exact)))
            .ToList();
    }

    private static bool AtLocation(SpreadsheetState spreadsheet, DeveloperMetadata metadata, JsonObject location, bool exact)
    {
        if ((bool?)location["spreadsheet"] == true)
            return !exact || metadata.LocationType == "SPREADSHEET";
        if ((int?)location["sheetId"] is { } sheetId)
            return metadata.SheetId == sheetId && (!exact || metadata.LocationType == "SHEET");
        if (location["dimensionRange"] is JsonObject range)
        {
            var dimension = (string?)range["dimension"];
            var start = (int?)range["startIndex"] ?? 0;
            var end = (int?)range["endIndex"] ?? int.MaxValue;
            if (metadata.SheetId != (int?)range["sheetId"])
                return false;
            if (exact)
                return metadata.Dimension == dimension && metadata.StartIndex == start && metadata.EndIndex == end;
            if (metadata.Dimension == dimension)
                return metadata.StartIndex < end && metadata.EndIndex > start;
            return metadata.LocationType == "SHEET" || metadata.Dimension is not null;
        }
        return true;
    }

    private static bool Intersects(GridArea a, GridArea b) =>
        a.Sheet.SheetId == b.Sheet.SheetId
        && a.StartRow < b.EndRow && b.StartRow < a.EndRow
        && a.StartColumn < b.EndColumn && b.StartColumn < a.EndColumn;
}
