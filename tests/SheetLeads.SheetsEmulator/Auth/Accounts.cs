using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Auth;

/// <summary>Registered service accounts and the access tokens issued to them.</summary>
internal sealed class Accounts
{
    public const string SpreadsheetsScope = "https://www.googleapis.com/auth/spreadsheets";
    public const string ReadOnlyScope = "https://www.googleapis.com/auth/spreadsheets.readonly";
    public const string DriveScope = "https://www.googleapis.com/auth/drive";

    /// <summary>
    /// RSA keys, made once per process: generating a 2048-bit key takes up to a second, and tests start many emulators.
    /// Within one emulator every account still has a key of its own.
    /// </summary>
    private static readonly List<RSA> KeyPool = [];

    private readonly Dictionary<string, RSA> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Grant> _tokens = new(StringComparer.Ordinal);

    /// <summary>Who a request is from and whether it may write.</summary>
    public sealed record Grant(string Email, DateTimeOffset Expires, bool CanWrite);

    public ServiceAccount Create(string email, Uri tokenUri)
    {
        var rsa = PooledKey(_keys.Count);
        _keys[email] = rsa;
        var project = email.Split('@').ElementAtOrDefault(1)?.Split('.')[0] ?? "test-project";
        var clientId = string.Concat(RandomNumberGenerator.GetItems("0123456789".AsSpan(), 21));
        var key = new JsonObject
        {
            ["type"] = "service_account",
            ["project_id"] = project,
            ["private_key_id"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = email,
            ["client_id"] = clientId,
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri.ToString(),
            ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
            ["client_x509_cert_url"] = "https://www.googleapis.com/robot/v1/metadata/x509/" + Uri.EscapeDataString(email),
            ["universe_domain"] = "googleapis.com",
        };
        return new ServiceAccount(email, key.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static RSA PooledKey(int index)
    {
        lock (KeyPool)
        {
            while (KeyPool.Count <= index)
                KeyPool.Add(RSA.Create(2048));
            return KeyPool[index];
        }
    }

    public RSA? KeyOf(string? email) => email is not null && _keys.TryGetValue(email, out var key) ? key : null;

    public string Issue(string email, bool canWrite, DateTimeOffset expires)
    {
        var token = "ya29.emulator." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _tokens[token] = new Grant(email, expires, canWrite);
        return token;
    }

    /// <summary>
    /// The grant behind a bearer token: one this emulator issued, or a self-signed JWT from a registered account
    /// (what Google.Apis sends when the credential has no scopes), checked the same way as a token request.
    /// </summary>
    public Grant? Authenticate(string bearer, DateTimeOffset now)
    {
        if (_tokens.TryGetValue(bearer, out var grant))
            return grant.Expires > now ? grant : null;
        if (!Jwt.TryRead(bearer, out var jwt) || KeyOf(jwt.Issuer) is not { } key || !jwt.IsSignedBy(key))
            return null;
        var exp = jwt.Seconds("exp");
        var iat = jwt.Seconds("iat");
        var nowSeconds = now.ToUnixTimeSeconds();
        if (exp is null || iat is null || exp <= nowSeconds || iat > nowSeconds + 300 || exp - iat > 3600)
            return null;
        var scopes = ((string?)jwt.Payload["scope"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var canWrite = scopes.Length == 0 || scopes.Contains(SpreadsheetsScope) || scopes.Contains(DriveScope);
        return new Grant(jwt.Issuer!, DateTimeOffset.FromUnixTimeSeconds(exp.Value), canWrite);
    }
}
