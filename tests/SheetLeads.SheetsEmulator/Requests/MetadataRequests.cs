using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Methods;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Requests;

/// <summary>createDeveloperMetadata, updateDeveloperMetadata and deleteDeveloperMetadata.</summary>
internal static class MetadataRequests
{
    public static JsonObject Create(SpreadsheetState s, JsonObject args)
    {
        var given = args["developerMetadata"] as JsonObject ?? throw ApiException.BadRequest("developerMetadata is required.");
        var key = (string?)given["metadataKey"];
        if (string.IsNullOrEmpty(key))
            throw ApiException.BadRequest("Developer metadata must have a key.");
        var visibility = (string?)given["visibility"];
        if (visibility is not ("DOCUMENT" or "PROJECT"))
            throw ApiException.BadRequest("Developer metadata visibility must be DOCUMENT or PROJECT.");
        var id = (int?)given["metadataId"];
        if (id is not null && s.Metadata.Any(m => m.Id == id))
            throw ApiException.BadRequest($"Developer metadata with ID {id} already exists.");
        var metadata = Locate(s, new DeveloperMetadata(id ?? s.NextId(), key, (string?)given["metadataValue"], visibility, "SPREADSHEET", null, null, null),
            given["location"] as JsonObject);
        s.Metadata.Add(metadata);
        return new JsonObject { ["createDeveloperMetadata"] = new JsonObject { ["developerMetadata"] = metadata.ToJson() } };
    }

    public static JsonObject Update(SpreadsheetState s, JsonObject args)
    {
        var given = args["developerMetadata"] as JsonObject ?? throw ApiException.BadRequest("developerMetadata is required.");
        var paths = FieldMask.Paths((string?)args["fields"]);
        var matches = (args["dataFilters"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(f => DataFilters.MetadataFor(s, f))
            .DistinctBy(m => m.Id)
            .ToList();
        var updated = new JsonArray();
        foreach (var match in matches)
        {
            var metadata = match;
            if (FieldMask.Covers(paths, "metadataKey"))
                metadata = metadata with { Key = (string?)given["metadataKey"] ?? throw ApiException.BadRequest("Developer metadata must have a key.") };
            if (FieldMask.Covers(paths, "metadataValue"))
                metadata = metadata with { Value = (string?)given["metadataValue"] };
            if (FieldMask.Covers(paths, "visibility"))
                metadata = metadata with { Visibility = (string?)given["visibility"] ?? metadata.Visibility };
            if (FieldMask.Covers(paths, "location"))
                metadata = Locate(s, metadata, given["location"] as JsonObject);
            if (FieldMask.Covers(paths, "metadataId") && (int?)given["metadataId"] is { } newId && newId != metadata.Id)
                throw ApiException.BadRequest("metadataId cannot be changed.");
            s.Metadata[s.Metadata.FindIndex(m => m.Id == match.Id)] = metadata;
            updated.Add(metadata.ToJson());
        }
        return new JsonObject { ["updateDeveloperMetadata"] = new JsonObject { ["developerMetadata"] = updated } };
    }

    public static JsonObject Delete(SpreadsheetState s, JsonObject args)
    {
        var filter = args["dataFilter"] as JsonObject ?? throw ApiException.BadRequest("dataFilter is required.");
        var matches = DataFilters.MetadataFor(s, filter);
        s.Metadata.RemoveAll(m => matches.Any(x => x.Id == m.Id));
        return new JsonObject
        {
            ["deleteDeveloperMetadata"] = new JsonObject
            {
                ["deletedDeveloperMetadata"] = new JsonArray(matches.Select(m => (JsonNode)m.ToJson()).ToArray()),
            },
        };
    }

    private static DeveloperMetadata Locate(SpreadsheetState s, DeveloperMetadata metadata, JsonObject? location)
    {
        if (location is null)
            throw ApiException.BadRequest("Developer metadata must have a location.");
        if ((bool?)location["spreadsheet"] == true)
            return metadata with { LocationType = "SPREADSHEET", SheetId = null, StartIndex = null, EndIndex = null };
        if ((int?)location["sheetId"] is { } sheetId)
        {
            SheetRequests.Sheet(s, sheetId);
            return metadata with { LocationType = "SHEET", SheetId = sheetId, StartIndex = null, EndIndex = null };
        }
        if (location["dimensionRange"] is JsonObject range)
        {
            var sheet = SheetRequests.Sheet(s, (int?)range["sheetId"]);
            var dimension = (string?)range["dimension"];
            var total = dimension == "ROWS" ? sheet.RowCount : dimension == "COLUMNS" ? sheet.ColumnCount
                : throw ApiException.BadRequest("dimensionRange.dimension must be ROWS or COLUMNS.");
            var start = (int?)range["startIndex"] ?? 0;
            var end = (int?)range["endIndex"] ?? total;
            if (start < 0 || end <= start || end > total)
                throw ApiException.BadRequest($"Invalid dimensionRange: [{start}, {end}) on a sheet with {total} {dimension!.ToLowerInvariant()}.");
            return metadata with
            {
                LocationType = dimension == "ROWS" ? "ROW" : "COLUMN",
                SheetId = sheet.SheetId,
                StartIndex = start,
                EndIndex = end,
            };
        }
        throw ApiException.BadRequest("Developer metadata location must name a spreadsheet, sheetId or dimensionRange.");
    }
}
