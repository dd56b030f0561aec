using System.Globalization;
using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// The paths of a generic mapping: member names joined with dots, numbers for list positions (<c>data.items</c>,
/// <c>answers.0.value</c>); an empty path is the element itself.
/// </summary>
internal static class JsonPath
{
    /// <summary>The element at <paramref name="path"/>, if there is one.</summary>
    public static bool TryGet(JsonElement element, string path, out JsonElement value)
    {
        value = element;
        foreach (var step in Steps(path))
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(step, out var member))
                value = member;
            else if (value.ValueKind == JsonValueKind.Array && int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                     && index < value.GetArrayLength())
                value = value[index];
            else
                return false;
        }
        return value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);
    }

    /// <summary>The problem with a path as a person wrote it, or null when it can be followed.</summary>
    public static string? Problem(string path) =>
        Steps(path).Any(string.IsNullOrWhiteSpace) ? $"'{path}' has an empty step (two dots, or a dot at an end)" : null;

    private static string[] Steps(string path) => path.Length == 0 ? [] : path.Split('.');
}
