using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Tests.Support;

/// <summary>Signs JWTs with a service account's key the way Google's client libraries do (RS256).</summary>
internal static class Jwts
{
    public const string Scope = "https://www.googleapis.com/auth/spreadsheets";

    public static string Sign(ServiceAccount account, JsonObject claims)
    {
        var key = JsonNode.Parse(account.KeyJson)!;
        using var rsa = RSA.Create();
        rsa.ImportFromPem((string)key["private_key"]!);
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = (string?)key["private_key_id"] };
        var signed = Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Encode(signature);
    }

    public static JsonObject Claims(ServiceAccount account, Uri audience, DateTimeOffset now, string? scope = Scope, TimeSpan? lifetime = null)
    {
        var claims = new JsonObject
        {
            ["iss"] = account.Email,
            ["aud"] = audience.ToString(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + (lifetime ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds(),
        };
        if (scope is not null)
            claims["scope"] = scope;
        return claims;
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
