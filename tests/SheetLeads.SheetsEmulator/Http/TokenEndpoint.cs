using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SheetLeads.SheetsEmulator.Auth;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>POST /token: the OAuth2 JWT-bearer grant a service account uses, answered as Google's token endpoint answers.</summary>
internal static class TokenEndpoint
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    /// <summary>Audiences Google's token endpoint accepts; Google.Apis.Auth signs for the first whatever the key's token_uri.</summary>
    private static readonly string?[] Audiences =
        ["https://oauth2.googleapis.com/token", "https://www.googleapis.com/oauth2/v4/token", "https://accounts.google.com/o/oauth2/token"];

    public static async Task HandleAsync(HttpContext context, EmulatorCore core)
    {
        void Log(int status) => core.Log.Add(new LoggedRequest("token", context.Request.Method, context.Request.Path, status, false, status == 200));
        var fault = core.Faults.Take("token");
        if (fault is StatusFault statusFault)
        {
            Log(statusFault.Code);
            await WriteAsync(context, statusFault.Code, Error("temporarily_unavailable", "Injected fault."));
            return;
        }
        if (fault is DelayFault delay)
            await Task.Delay(delay.Duration, context.RequestAborted);
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var (code, body) = Grant(core, (string?)form?["grant_type"], (string?)form?["assertion"]);
        Log(code);
        if (fault is LoseResponseFault)
        {
            context.Abort();
            return;
        }
        await WriteAsync(context, code, body);
    }

    private static (int Status, JsonObject Body) Grant(EmulatorCore core, string? grantType, string? assertion)
    {
        if (grantType != JwtBearer)
            return (400, Error("unsupported_grant_type", $"Invalid grant_type: {grantType}"));
        if (assertion is null || !Jwt.TryRead(assertion, out var jwt))
            return (400, Error("invalid_request", "Invalid JWT: could not be parsed."));
        lock (core.Gate)
        {
            var key = core.Accounts.KeyOf(jwt.Issuer);
            if (key is null)
                return (400, Error("invalid_grant", "Invalid grant: account not found"));
            if (!jwt.IsSignedBy(key))
                return (400, Error("invalid_grant", "Invalid JWT Signature."));
            if (!Audiences.Contains((string?)jwt.Payload["aud"]) && (string?)jwt.Payload["aud"] != core.TokenUri.ToString())
                return (400, Error("invalid_grant", "Invalid JWT: Failed audience check. The right audience is https://oauth2.googleapis.com/token"));
            var now = core.Options.Time.GetUtcNow();
            var exp = jwt.Seconds("exp");
            var iat = jwt.Seconds("iat");
            var nowSeconds = now.ToUnixTimeSeconds();
            if (exp is null || iat is null || exp - iat > 3600 || exp <= nowSeconds || iat > nowSeconds + 300)
            {
                return (400, Error("invalid_grant",
                    "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim."));
            }
            var scopes = ((string?)jwt.Payload["scope"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var canWrite = scopes.Contains(Accounts.SpreadsheetsScope) || scopes.Contains(Accounts.DriveScope);
            if (!canWrite && !scopes.Contains(Accounts.ReadOnlyScope) && !scopes.Contains("https://www.googleapis.com/auth/drive.readonly"))
                return (400, Error("invalid_scope", "Invalid OAuth scope or ID token audience provided."));
            var token = core.Accounts.Issue(jwt.Issuer!, canWrite, now.AddSeconds(3599));
            return (200, new JsonObject { ["access_token"] = token, ["expires_in"] = 3599, ["token_type"] = "Bearer" });
        }
    }

    private static JsonObject Error(string error, string description) =>
        new() { ["error"] = error, ["error_description"] = description };

    private static Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
