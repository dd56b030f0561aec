using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Auth;

/// <summary>A compact JWS (header.payload.signature) with its RS256 signature checked against a public key.</summary>
internal sealed record Jwt(JsonObject Header, JsonObject Payload, string SignedPart, byte[] Signature)
{
    public static bool TryRead(string token, out Jwt jwt)
    {
        jwt = null!;
        var parts = token.Split('.');
        if (parts.Length != 3)
            return false;
        try
        {
            var header = JsonNode.Parse(Base64Url(parts[0])) as JsonObject;
            var payload = JsonNode.Parse(Base64Url(parts[1])) as JsonObject;
            if (header is null || payload is null)
                return false;
            jwt = new Jwt(header, payload, parts[0] + "." + parts[1], Base64Url(parts[2]));
            return true;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public string? Issuer => (string?)Payload["iss"];

    public bool IsSignedBy(RSA key) =>
        (string?)Header["alg"] == "RS256"
        && key.VerifyData(Encoding.ASCII.GetBytes(SignedPart), Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public long? Seconds(string claim) => Payload[claim] is JsonValue value && value.TryGetValue<long>(out var seconds)
        ? seconds
        : Payload[claim] is JsonValue d && d.TryGetValue<double>(out var fractional) ? (long)fractional : null;

    private static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
        return Convert.FromBase64String(s);
    }
}
