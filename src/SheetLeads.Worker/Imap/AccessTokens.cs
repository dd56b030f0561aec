using System.Globalization;
using System.Text.Json;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// Access tokens from an OAuth2 token endpoint (RFC 6749 §6 refresh token grant, or §4.4 client credentials when no
/// refresh token is configured), kept until a minute before they expire. Tokens and secrets are never logged or put
/// in a message.
/// </summary>
internal sealed class AccessTokens(OAuth2Options grant, HttpClient http, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private Task<Held>? _held;

    /// <exception cref="ChannelException">The endpoint cannot be reached or refuses to issue a token.</exception>
    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<Held> held;
        lock (_lock)
        {
            // One request at a time, shared by every connection that needs a token meanwhile; a failed one is not kept.
            if (_held is null || _held.IsFaulted || _held.IsCanceled || _held.IsCompletedSuccessfully && time.GetUtcNow() >= _held.Result.Until)
                _held = RequestAsync();
            held = _held;
        }
        return (await held.WaitAsync(cancellationToken)).Token;
    }

    /// <summary>Drops the token held (the server refused it), so the next login asks for a fresh one.</summary>
    public void Forget()
    {
        lock (_lock)
            _held = null;
    }

    private async Task<Held> RequestAsync()
    {
        var form = new Dictionary<string, string> { ["client_id"] = grant.ClientId! };
        if (!string.IsNullOrEmpty(grant.RefreshToken))
        {
            form["grant_type"] = "refresh_token";
            form["refresh_token"] = grant.RefreshToken;
        }
        else
            form["grant_type"] = "client_credentials";
        if (!string.IsNullOrEmpty(grant.ClientSecret))
            form["client_secret"] = grant.ClientSecret;
        if (!string.IsNullOrWhiteSpace(grant.Scope))
            form["scope"] = grant.Scope.Trim();
        var url = grant.TokenUrl!;
        string body;
        System.Net.HttpStatusCode status;
        try
        {
            using var response = await http.PostAsync(new Uri(url), new FormUrlEncodedContent(form));
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException e)
        {
            throw new ChannelException($"cannot reach the OAuth2 token endpoint {url} ({e.Message}); check OAuth2:TokenUrl.", e);
        }
        catch (TaskCanceledException e)
        {
            throw new ChannelException($"the OAuth2 token endpoint {url} did not answer within {http.Timeout.TotalSeconds:0} s.", e);
        }
        var answer = Parse(body);
        if ((int)status is < 200 or > 299)
        {
            var error = Text(answer, "error") ?? "no error code";
            var description = Text(answer, "error_description") is { } d ? ": " + d : "";
            throw new ChannelException($"the OAuth2 token endpoint {url} refused to issue an access token (HTTP {(int)status}, {error}{description}); check OAuth2:ClientId, ClientSecret and RefreshToken.");
        }
        var token = Text(answer, "access_token")
                    ?? throw new ChannelException($"the OAuth2 token endpoint {url} answered without an access_token; check OAuth2:TokenUrl.");
        return new Held(token, time.GetUtcNow() + TimeSpan.FromSeconds(Seconds(answer, "expires_in") ?? 3600) - Margin);
    }

    private static JsonElement? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement? answer, string name) =>
        answer is { } a && a.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // expires_in is a number, though some endpoints send it as a string.
    private static double? Seconds(JsonElement? answer, string name) =>
        answer is not { } a || !a.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    private sealed record Held(string Token, DateTimeOffset Until);
}
