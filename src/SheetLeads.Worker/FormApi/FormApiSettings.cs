using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.FormApi;

/// <summary>One form channel's endpoint and how it is asked (validated options only reach here).</summary>
/// <param name="Endpoint">The list endpoint as configured; null when the form only pushes.</param>
/// <param name="Preset">The service's request and answer shape.</param>
/// <param name="Token">The header that carries the API key, if the endpoint needs one.</param>
/// <param name="PageSize">Submissions per page; null: the preset's default.</param>
/// <param name="Resilience">Timeouts and retries of one request.</param>
internal sealed record FormApiSettings(Uri? Endpoint, IFormPreset Preset, FormToken? Token, int? PageSize, FormApiResilienceSettings Resilience)
{
    /// <summary>Who answers, in messages: the service for a preset, the host for a generic endpoint.</summary>
    public string Service => Preset is GenericFormPreset ? Endpoint?.Host ?? "the form's sender" : Preset.Name;

    /// <summary>The service and its endpoint without the query, for messages.</summary>
    public string Where => Endpoint is null ? Service : $"{Service} ({FormUrls.Safe(Endpoint)})";
}

/// <summary>The request header that carries a form service's API key.</summary>
/// <param name="Header">The header's name.</param>
/// <param name="Value">The header's whole value (the secret, with its scheme).</param>
internal sealed record FormToken(string Header, string Value)
{
    /// <summary>Never the value: records print their members, and this one is a secret.</summary>
    public override string ToString() => Header + ": ***";
}

/// <summary>How one request is retried (<c>RequestTimeout</c>, <c>MaxRetries</c>, <c>RetryDelay</c>).</summary>
internal sealed record FormApiResilienceSettings(TimeSpan RequestTimeout, int MaxRetries, TimeSpan RetryDelay);
