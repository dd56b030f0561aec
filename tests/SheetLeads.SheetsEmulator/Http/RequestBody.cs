using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>Reads a JSON request body, gzipped or not (Google.Apis gzips bodies by default).</summary>
internal static class RequestBody
{
    public static async Task<JsonObject?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Stream stream = request.Body;
        if (request.Headers.ContentEncoding.Any(e => string.Equals(e, "gzip", StringComparison.OrdinalIgnoreCase)))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
            return null;
        buffer.Position = 0;
        try
        {
            return JsonNode.Parse(buffer) as JsonObject
                ?? throw ApiException.BadRequest("Invalid JSON payload received. Expected an object.");
        }
        catch (JsonException e)
        {
            throw ApiException.BadRequest($"Invalid JSON payload received. {e.Message}");
        }
    }
}
