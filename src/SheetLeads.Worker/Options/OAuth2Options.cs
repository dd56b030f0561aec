namespace SheetLeads.Worker.Options;

/// <summary>
/// An IMAP channel's OAuth2 login (<c>Auth: OAuth2</c>): the worker asks <see cref="TokenUrl"/> for an access token
/// with the refresh token a person granted once (Gmail, Microsoft 365 delegated), or with the client's own secret
/// when no refresh token is given (Microsoft 365 app-only, client credentials), and logs in with XOAUTH2/OAUTHBEARER.
/// </summary>
internal sealed class OAuth2Options
{
    /// <summary>The token endpoint, e.g. https://oauth2.googleapis.com/token.</summary>
    public string? TokenUrl { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret; prefer <c>ClientSecret_FILE</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The refresh token; prefer <c>RefreshToken_FILE</c>. Without it the client credentials grant is used.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>Scopes to ask for, space-separated, e.g. https://outlook.office365.com/.default; the grant's own when empty.</summary>
    public string? Scope { get; set; }
}
