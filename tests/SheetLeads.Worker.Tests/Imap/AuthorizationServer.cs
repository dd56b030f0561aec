using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>
/// An OAuth2 authorization server on 127.0.0.1 playing Google's part: its token endpoint (RFC 6749 refresh token
/// grant, Google's error shapes) issues access tokens, and its introspection endpoint (RFC 7662) tells Dovecot whose
/// a token is.
/// </summary>
internal sealed class AuthorizationServer : IAsyncDisposable
{
    public const string ClientId = "sheetleads-test.apps.example.com";
    public const string ClientSecret = "client-secret-7Qx";
    public const string RefreshToken = "1//refresh-token-9Lp";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _issued = new(StringComparer.Ordinal);
    private int _count;

    private AuthorizationServer(WebApplication app)
    {
        _app = app;
        app.MapPost("/token", TokenAsync);
        app.MapPost("/introspect", IntrospectAsync);
    }

    public Uri Root { get; private set; } = null!;

    public Uri TokenUrl => new(Root, "token");

    public Uri Introspection => new(Root, "introspect");

    /// <summary>Access tokens issued so far.</summary>
    public IReadOnlyCollection<string> Issued => _issued.Keys.ToArray();

    /// <summary>When set, the refresh token is refused as Google refuses a revoked one.</summary>
    public bool Revoked { get; set; }

    public static async Task<AuthorizationServer> StartAsync()
    {
        var server = new AuthorizationServer(EndToEnd.LocalWebApp.Build());
        server.Root = new Uri(await EndToEnd.LocalWebApp.StartAsync(server._app) + "/");
        return server;
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Results.Json(new { error = "invalid_client", error_description = "The OAuth client was not found." }, statusCode: 401);
        if (form["grant_type"] != "refresh_token" || form["refresh_token"] != RefreshToken || Revoked)
            return Results.Json(new { error = "invalid_grant", error_description = "Token has been expired or revoked." }, statusCode: 400);
        var token = $"ya29.test-access-{Interlocked.Increment(ref _count)}";
        _issued[token] = PrivateDovecot.User;
        return Results.Json(new { access_token = token, expires_in = 3599, scope = "https://mail.google.com/", token_type = "Bearer" });
    }

    private async Task<IResult> IntrospectAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        return _issued.TryGetValue(form["token"].ToString(), out var user)
            ? Results.Json(new { active = true, username = user })
            : Results.Json(new { active = false });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
