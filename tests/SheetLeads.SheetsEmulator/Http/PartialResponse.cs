using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Requests;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>
/// Google's partial responses: the <c>fields</c> parameter ("a,b(c,d),e/f", "*") keeps only the named fields of the
/// response, through arrays; an answer is as large as the client asked for, as it is from Google.
/// </summary>
internal static class PartialResponse
{
    public static JsonNode Filter(JsonNode response, string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
            return response;
        var paths = FieldMask.Paths(fields.Replace('/', '.')).Select(p => p.Split('.')).ToList();
        return Keep(response, paths) ?? new JsonObject();
    }

    private static JsonNode? Keep(JsonNode? node, List<string[]> paths)
    {
        if (node is null || paths.Any(p => p.Length == 0 || p is ["*"]))
            return node?.DeepClone();
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => Keep(item, paths)).ToArray());
            case JsonObject obj:
                var kept = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    var below = paths.Where(p => p[0] == name || p[0] == "*").Select(p => p[1..]).ToList();
                    if (below.Count > 0)
                        kept[name] = Keep(value, below);
                }
                return kept;
            default:
                return node.DeepClone();
        }
    }
}
