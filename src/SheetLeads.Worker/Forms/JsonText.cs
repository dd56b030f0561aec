using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// Any JSON answer as text a person reads in the Message cell: numbers as written, booleans as Yes/No, lists joined
/// with commas, a choice by its label, a file by its name and address, other objects as <c>key: value</c> pairs.
/// </summary>
internal static class JsonText
{
    /// <summary>The text, or null when the answer is empty.</summary>
    public static string? Of(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "Yes",
            JsonValueKind.False => "No",
            JsonValueKind.Array => Join(value.EnumerateArray().Select(Of)),
            JsonValueKind.Object => ObjectText(value),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The non-empty parts joined with commas, or null.</summary>
    public static string? Join(IEnumerable<string?> parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToArray();
        return kept.Length == 0 ? null : string.Join(", ", kept);
    }

    /// <summary>A string or number member, as text.</summary>
    public static string? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v)
            && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? Of(v)
            : null;

    private static string? ObjectText(JsonElement value)
    {
        // A choice ({label}, {labels, other}) reads as what the customer picked.
        if (Member(value, "label") is { } label)
            return label;
        if (value.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array)
            return Join(labels.EnumerateArray().Select(Of).Append(Member(value, "other")));
        if (Member(value, "other") is { } other)
            return other;
        // An uploaded file: the name says what it is, the address lets the team open it.
        if (Member(value, "url") is { } url)
            return Member(value, "name") is { } name ? $"{name} ({url})" : url;
        return Join(value.EnumerateObject().Select(p => Of(p.Value) is { } v ? $"{p.Name}: {v}" : null));
    }
}
