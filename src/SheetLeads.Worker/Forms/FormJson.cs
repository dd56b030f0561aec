using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SheetLeads.Worker.Forms;

/// <summary>
/// Reads a form service's JSON (a file, a page, a push). Bytes that are not UTF-8 inside its strings — which the JSON
/// reader only notices when a string is read, throwing mid-page — are replaced by U+FFFD first, so the submission is
/// kept with the characters that could be read rather than lost or failing the channel.
/// </summary>
internal static class FormJson
{
    /// <exception cref="JsonException">It is not JSON.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> json, JsonDocumentOptions options = default) =>
        JsonDocument.Parse(Utf8.IsValid(json.Span) ? json : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json.Span)), options);
}
