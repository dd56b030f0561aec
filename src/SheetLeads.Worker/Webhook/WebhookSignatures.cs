using System.Security.Cryptography;
using System.Text;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Webhook;

/// <summary>How a push proves it comes from the form service.</summary>
internal enum WebhookSignature
{
    /// <summary><c>Typeform-Signature: sha256=</c> and the base64 HMAC-SHA256 of the body with the secret.</summary>
    Typeform,
    /// <summary><c>Tally-Signature:</c> the base64 HMAC-SHA256 of the body with the signing secret.</summary>
    Tally,
    /// <summary>A header (default <c>X-Signature-256</c>) with the HMAC-SHA256 of the body, hex or base64, optionally after <c>sha256=</c>.</summary>
    HmacSha256,
    /// <summary>The secret itself: in a header (default <c>X-Webhook-Secret</c>), as <c>Authorization: Bearer</c>, or as the <c>secret</c> query parameter.</summary>
    Secret,
}

/// <summary>The signature schemes by name, and each channel's scheme.</summary>
internal static class WebhookSignatures
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<WebhookSignature>();

    /// <summary>The channel's check: its configured scheme, else the preset's own (Typeform, Tally), else the shared secret.</summary>
    public static WebhookCheck For(WebhookOptions options, IFormPreset preset)
    {
        var kind = options.Signature is { } name ? Enum.Parse<WebhookSignature>(name.Trim(), ignoreCase: true)
            : preset is TypeformPreset ? WebhookSignature.Typeform
            : preset is TallyPreset ? WebhookSignature.Tally
            : WebhookSignature.Secret;
        var header = kind switch
        {
            WebhookSignature.Typeform => "Typeform-Signature",
            WebhookSignature.Tally => "Tally-Signature",
            _ => string.IsNullOrWhiteSpace(options.SignatureHeader)
                ? kind == WebhookSignature.HmacSha256 ? "X-Signature-256" : "X-Webhook-Secret"
                : options.SignatureHeader.Trim(),
        };
        return new WebhookCheck(kind, Encoding.UTF8.GetBytes(options.Secret ?? ""), header);
    }
}

/// <summary>Checks one push against a channel's secret, in constant time.</summary>
/// <param name="Kind">The scheme.</param>
/// <param name="Secret">The secret's bytes.</param>
/// <param name="Header">The header the proof comes in.</param>
internal sealed record WebhookCheck(WebhookSignature Kind, byte[] Secret, string Header)
{
    /// <summary>True when the push carries a valid proof.</summary>
    /// <param name="header">A request header by name, or null.</param>
    /// <param name="query">A query parameter by name, or null.</param>
    /// <param name="body">The body as received.</param>
    public bool Verify(Func<string, string?> header, Func<string, string?> query, ReadOnlySpan<byte> body)
    {
        if (Secret.Length == 0)
            return false;
        if (Kind == WebhookSignature.Secret)
            return Same(header(Header)) || Same(Bearer(header("Authorization"))) || Same(query("secret"));
        var given = header(Header)?.Trim();
        if (string.IsNullOrEmpty(given))
            return false;
        if (given.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
            given = given["sha256=".Length..];
        else if (Kind == WebhookSignature.Typeform)
            return false;
        var expected = HMACSHA256.HashData(Secret, body);
        return Decode(given) is { } proof && CryptographicOperations.FixedTimeEquals(proof, expected);
    }

    /// <summary>Never the secret: records print their members.</summary>
    public override string ToString() => $"{Kind} in {Header}";

    private bool Same(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.Trim()), Secret);

    private static string? Bearer(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..] : null;

    private static byte[]? Decode(string text)
    {
        if (text.Length == 64 && text.All(Uri.IsHexDigit))
            return Convert.FromHexString(text);
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
