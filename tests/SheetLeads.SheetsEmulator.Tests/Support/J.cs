using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Tests.Support;

/// <summary>Short JSON builders for request bodies: J.Rows(["a", 1, null]).</summary>
internal static class J
{
    public static JsonArray Rows(params object?[][] rows) =>
        new(rows.Select(r => (JsonNode)new JsonArray(r.Select(Value).ToArray())).ToArray());

    public static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        JsonNode node => node,
        _ => throw new ArgumentException($"Not a JSON value: {value}", nameof(value)),
    };

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    /// <summary>The values of a ValueRange as strings (numbers and booleans as JSON text).</summary>
    public static List<List<string>> Values(JsonNode valueRange) =>
        (valueRange["values"] as JsonArray ?? [])
            .Select(r => ((JsonArray)r!).Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v!.ToJsonString()).ToList())
            .ToList();
}
