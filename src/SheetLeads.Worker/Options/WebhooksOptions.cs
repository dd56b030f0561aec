namespace SheetLeads.Worker.Options;

/// <summary>
/// <c>SheetLeads:Webhooks</c>: the worker's endpoint for form services that push submissions (Typeform, Tally, any
/// JSON sender). Only <c>run</c> listens; each <c>Form</c> channel with a <c>Webhook</c> gets <c>POST /webhooks/{Name}</c>.
/// </summary>
internal sealed class WebhooksOptions
{
    public const string Section = "SheetLeads:Webhooks";

    /// <summary>Listen at all. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The address to listen on, e.g. http://0.0.0.0:8080 (put TLS in front: a reverse proxy or the platform's).</summary>
    public string Listen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>The largest body accepted, in bytes; a larger one is refused with 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}

/// <summary>A <c>Form</c> channel's <c>Webhook</c>: how a push proves it comes from the form service.</summary>
internal sealed class WebhookOptions
{
    /// <summary>The shared secret (the signing secret for HMAC); prefer <c>Secret_FILE</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// <c>Typeform</c> (<c>Typeform-Signature: sha256=</c> base64 HMAC-SHA256 of the body), <c>Tally</c>
    /// (<c>Tally-Signature:</c> base64 HMAC-SHA256), <c>HmacSha256</c> (<see cref="SignatureHeader"/>: hex or base64
    /// HMAC-SHA256, optionally after <c>sha256=</c>) or <c>Secret</c> (the secret itself in <see cref="SignatureHeader"/>,
    /// as <c>Authorization: Bearer</c>, or as the <c>secret</c> query parameter). Default: the preset's own, else Secret.
    /// </summary>
    public string? Signature { get; set; }

    /// <summary>The header of HmacSha256 (default <c>X-Signature-256</c>) or Secret (default <c>X-Webhook-Secret</c>).</summary>
    public string? SignatureHeader { get; set; }

    /// <summary>True when the channel takes pushes.</summary>
    public bool IsSet => Secret is not null || Signature is not null || SignatureHeader is not null;
}
