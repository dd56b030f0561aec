using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>Writes JSON bodies and Google's error shape.</summary>
internal static class JsonResponses
{
    /// <summary>
    /// Writes a JSON body, indented as Google's are unless the request says prettyPrint=false; <paramref name="encoder"/>
    /// (default: System.Text.Json's, which escapes "+", "&amp;" and non-ASCII as \uXXXX) for the test hooks' readable text.
    /// </summary>
    public static async Task WriteAsync(HttpContext context, int status, JsonNode body, JavaScriptEncoder? encoder = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        var pretty = !string.Equals(context.Request.Query["prettyPrint"], "false", StringComparison.OrdinalIgnoreCase);
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = pretty, Encoder = encoder });
        body.WriteTo(writer);
        await writer.FlushAsync(context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiException error)
    {
        if (error.RetryAfter is { } retryAfter)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (error.Code == 401)
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"";
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = error.Code,
                ["message"] = error.Message,
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["message"] = error.Message,
                    ["domain"] = "global",
                    ["reason"] = error.Reason,
                }),
                ["status"] = error.Status,
            },
        };
        return WriteAsync(context, error.Code, body);
    }
}
