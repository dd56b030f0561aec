using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Http;

namespace SheetLeads.SheetsEmulator.Methods;

/// <summary>spreadsheets.developerMetadata.get and search.</summary>
internal static class DeveloperMetadataMethods
{
    public static JsonNode Get(ApiCall call) =>
        call.Spreadsheet.Metadata.FirstOrDefault(m => m.Id == call.Route.MetadataId)?.ToJson() ?? throw ApiException.NotFound();

    public static JsonNode Search(ApiCall call)
    {
        var found = (call.RequiredBody["dataFilters"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(f => DataFilters.MetadataFor(call.Spreadsheet, f).Select(m => (Metadata: m, Filter: f)))
            .ToList();
        var json = new JsonObject();
        if (found.Count > 0)
        {
            json["matchedDeveloperMetadata"] = new JsonArray(found
                .GroupBy(f => f.Metadata.Id)
                .Select(g => (JsonNode)new JsonObject
                {
                    ["developerMetadata"] = g.First().Metadata.ToJson(),
                    ["dataFilters"] = new JsonArray(g.Select(f => f.Filter.DeepClone()).ToArray()),
                })
                .ToArray());
        }
        return json;
    }
}
