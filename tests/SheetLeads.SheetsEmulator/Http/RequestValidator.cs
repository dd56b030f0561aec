using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>
/// Checks query parameters and JSON bodies against Google's discovery document, refusing what Google refuses: an
/// unknown query parameter or field name, a value of the wrong JSON type, or a value outside a parameter's enum.
/// The document here is an older revision, so a few fields Google added since (…Style colours, filterSpecs) are
/// accepted too, and enum values inside bodies are checked only for the enums that have not changed.
/// </summary>
internal static class RequestValidator
{
    private static readonly JsonObject Discovery = Load();

    private static readonly HashSet<string> NewerFields =
    [
        "backgroundColorStyle", "foregroundColorStyle", "tabColorStyle", "colorStyle", "filterSpecs", "link", "themeColor",
        "dataSourceSheetProperties", "dataSourceTable", "dataSourceFormula", "dataSourceId", "dataExecutionStatus", "rgbColor",
    ];

    private static readonly HashSet<string> CheckedEnumFields =
    [
        "majorDimension", "dimension", "valueInputOption", "valueRenderOption", "dateTimeRenderOption", "responseValueRenderOption",
        "responseDateTimeRenderOption", "locationType", "visibility", "locationMatchingStrategy", "sortOrder",
    ];

    public static void Check(ApiRoute route, IQueryCollection query, JsonObject? body)
    {
        var method = Method(route.Method);
        if (method is null)
            return;
        var parameters = method["parameters"] as JsonObject ?? [];
        var common = Discovery["parameters"] as JsonObject ?? [];
        foreach (var (name, values) in query)
        {
            var spec = parameters[name] as JsonObject ?? common[name] as JsonObject;
            if (spec is null || (string?)spec["location"] == "path")
            {
                throw ApiException.BadRequest(
                    $"Invalid JSON payload received. Unknown name \"{name}\": Cannot bind query parameter. Field '{name}' could not be found in request message.");
            }
            foreach (var value in values)
            {
                if (spec["enum"] is JsonArray allowed && !allowed.Any(a => (string?)a == value))
                    throw ApiException.BadRequest($"Invalid value at '{Snake(name)}' (type.googleapis.com/google.apps.sheets.v4.{Pascal(name)}), \"{value}\"");
                if ((string?)spec["type"] == "boolean" && value is not ("true" or "false"))
                    throw ApiException.BadRequest($"Invalid value at '{Snake(name)}' (TYPE_BOOL), \"{value}\"");
            }
        }
        if (body is not null && method["request"]?["$ref"] is JsonValue reference)
            CheckObject(body, Schema((string)reference!), "");
    }

    private static JsonObject? Method(string name)
    {
        var parts = name.Split('.');
        var spreadsheets = Discovery["resources"]?["spreadsheets"];
        return (parts[0] == "spreadsheets"
            ? spreadsheets?["methods"]?[parts[1]]
            : spreadsheets?["resources"]?[parts[0]]?["methods"]?[parts[1]]) as JsonObject;
    }

    private static JsonObject Schema(string name) => (JsonObject)Discovery["schemas"]![name]!;

    private static void CheckObject(JsonObject value, JsonObject schema, string path)
    {
        var properties = schema["properties"] as JsonObject;
        var map = schema["additionalProperties"] as JsonObject;
        foreach (var (name, child) in value)
        {
            var childPath = path.Length == 0 ? Snake(name) : $"{path}.{Snake(name)}";
            var spec = properties?[name] as JsonObject ?? map;
            if (spec is null)
            {
                if (NewerFields.Contains(name))
                    continue;
                var at = path.Length == 0 ? "" : $" at '{path}'";
                throw ApiException.BadRequest($"Invalid JSON payload received. Unknown name \"{name}\"{at}: Cannot find field.");
            }
            if (spec == map)
                childPath = $"{path}[{name}]";
            CheckValue(child, spec, childPath, name);
        }
    }

    private static void CheckValue(JsonNode? value, JsonObject spec, string path, string name)
    {
        if (value is null)
            return;
        if (spec["$ref"] is JsonValue reference)
        {
            if (value is not JsonObject obj)
                throw Invalid(path, "TYPE_MESSAGE", value);
            CheckObject(obj, Schema((string)reference!), path);
            return;
        }
        var kind = value.GetValueKind();
        switch ((string?)spec["type"])
        {
            case "array":
                if (value is not JsonArray array)
                    throw Invalid(path, "TYPE_LIST", value);
                var items = spec["items"] as JsonObject;
                for (var i = 0; i < array.Count && items is not null; i++)
                    CheckValue(array[i], items, $"{path}[{i}]", name);
                break;
            case "object":
                if (value is not JsonObject map)
                    throw Invalid(path, "TYPE_MESSAGE", value);
                CheckObject(map, spec, path);
                break;
            case "string":
                if (kind != JsonValueKind.String)
                    throw Invalid(path, spec["enum"] is null ? "TYPE_STRING" : "TYPE_ENUM", value);
                if (spec["enum"] is JsonArray allowed && CheckedEnumFields.Contains(name) && !allowed.Any(a => (string?)a == (string?)value))
                    throw Invalid(path, "TYPE_ENUM", value);
                break;
            case "integer":
                if (!(kind == JsonValueKind.Number && value.GetValue<double>() % 1 == 0)
                    && !(kind == JsonValueKind.String && long.TryParse((string?)value, out _)))
                {
                    throw Invalid(path, "TYPE_INT32", value);
                }
                break;
            case "number":
                if (kind != JsonValueKind.Number && !(kind == JsonValueKind.String && double.TryParse((string?)value, out _)))
                    throw Invalid(path, "TYPE_DOUBLE", value);
                break;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False))
                    throw Invalid(path, "TYPE_BOOL", value);
                break;
        }
    }

    private static ApiException Invalid(string path, string type, JsonNode value) =>
        ApiException.BadRequest($"Invalid value at '{path}' ({type}), {value.ToJsonString()}");

    private static string Snake(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c))
                sb.Append('_').Append(char.ToLowerInvariant(c));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static JsonObject Load()
    {
        using var stream = typeof(RequestValidator).Assembly.GetManifestResourceStream("sheets-v4-discovery.json")
            ?? throw new InvalidOperationException("The discovery document is not embedded.");
        return (JsonObject)JsonNode.Parse(stream)!;
    }
}
