namespace SheetLeads.Worker.FormApi;

/// <summary>The named HttpClient of the form channels and how a request names its channel's resilience pipeline.</summary>
internal static class FormApiHttp
{
    /// <summary>The IHttpClientFactory name.</summary>
    public const string ClientName = "SheetLeads.FormApi";

    /// <summary>The request option that carries the channel's name: each channel has its own retries and circuit breaker.</summary>
    public static readonly HttpRequestOptionsKey<string> Channel = new("SheetLeads.Channel");

    /// <summary>The channel a request is for.</summary>
    public static string ChannelOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Channel, out var name) ? name : "";
}
