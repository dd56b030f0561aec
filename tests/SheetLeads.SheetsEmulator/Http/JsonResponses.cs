using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>Writes JSON bodies and Google's error shape.</summary>
internal static class JsonResponses
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(body.ToJsonString(Indented), context.RequestAborted);
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
