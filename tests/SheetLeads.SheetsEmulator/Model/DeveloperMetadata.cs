using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Model;

/// <summary>Developer metadata and where it is attached.</summary>
internal sealed record DeveloperMetadata(
    int Id, string Key, string? Value, string Visibility, string LocationType, int? SheetId, int? StartIndex, int? EndIndex)
{
    public string? Dimension => LocationType switch { "ROW" => "ROWS", "COLUMN" => "COLUMNS", _ => null };

    public JsonObject ToJson()
    {
        var location = new JsonObject { ["locationType"] = LocationType };
        switch (LocationType)
        {
            case "SPREADSHEET":
                location["spreadsheet"] = true;
                break;
            case "SHEET":
                location["sheetId"] = SheetId;
                break;
            default:
                location["dimensionRange"] = new JsonObject
                {
                    ["sheetId"] = SheetId,
                    ["dimension"] = Dimension,
                    ["startIndex"] = StartIndex,
                    ["endIndex"] = EndIndex,
                };
                break;
        }
        var json = new JsonObject { ["metadataId"] = Id, ["metadataKey"] = Key };
        if (Value is not null)
            json["metadataValue"] = Value;
        json["location"] = location;
        json["visibility"] = Visibility;
        return json;
    }

    public DeveloperMetadataView ToView() => new(Id, Key, Value, LocationType, Visibility, SheetId, StartIndex, EndIndex);
}
