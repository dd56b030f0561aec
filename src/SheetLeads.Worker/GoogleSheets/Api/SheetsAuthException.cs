using System.Net;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>Google's token endpoint did not issue an access token for the service-account key.</summary>
internal sealed class SheetsAuthException(string? error, string description, HttpStatusCode? status, Exception inner)
    : Exception(Unavailable(status)
        ? $"Google's token endpoint could not issue an access token now (HTTP {(int)status!.Value}: {error} {description})".TrimEnd()
        : $"Google refused the service-account key: {error} {description}".Trim(), inner)
{
    /// <summary>The OAuth error code, e.g. <c>invalid_grant</c>.</summary>
    public string? Error { get; } = error;

    /// <summary>True when the endpoint was down or busy (5xx, 429), not refusing the key: the next cycle tries again.</summary>
    public bool IsUnavailable { get; } = Unavailable(status);

    private static bool Unavailable(HttpStatusCode? status) => status is HttpStatusCode.TooManyRequests || (int?)status >= 500;
}
