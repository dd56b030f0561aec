using System.Text;
using System.Text.Json;

namespace SheetLeads.Worker.Forms;

/// <summary>JSON written with object members in ordinal order and no white space: equal content, equal bytes.</summary>
internal static class CanonicalJson
{
    /// <summary>The canonical UTF-8 bytes of an element, leaving out the top-level members named in <paramref name="without"/>.</summary>
    public static byte[] Bytes(JsonElement element, params string[] without)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (element.ValueKind == JsonValueKind.Object && without.Length > 0)
                WriteObject(writer, element.EnumerateObject().Where(m => !without.Contains(m.Name, StringComparer.Ordinal)));
            else
                Write(writer, element);
        }
        return buffer.ToArray();
    }

    /// <summary>The canonical text of an element.</summary>
    public static string Text(JsonElement element) => Encoding.UTF8.GetString(Bytes(element));

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element.EnumerateObject());
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<JsonProperty> members)
    {
        writer.WriteStartObject();
        foreach (var member in members.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            writer.WritePropertyName(member.Name);
            Write(writer, member.Value);
        }
        writer.WriteEndObject();
    }
}
