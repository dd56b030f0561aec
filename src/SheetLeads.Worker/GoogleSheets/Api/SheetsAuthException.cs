namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>Google's token endpoint refused the service-account key (e.g. <c>invalid_grant</c>: key deleted or revoked).</summary>
internal sealed class SheetsAuthException(string? error, string description, Exception inner)
    : Exception($"Google refused the service-account key: {error} {description}".Trim(), inner)
{
    /// <summary>The OAuth error code, e.g. <c>invalid_grant</c>.</summary>
    public string? Error { get; } = error;
}
