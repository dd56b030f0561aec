using System.Collections.Concurrent;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// One login per IMAP channel, shared by its reads, its markers and its IDLE connection, so an OAuth2 access token is
/// asked for once per lifetime rather than once per connection.
/// </summary>
internal sealed class ImapLogins(TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly ConcurrentDictionary<string, ImapLogin> _logins = new(StringComparer.Ordinal);

    /// <summary>The login of a validated IMAP channel.</summary>
    public ImapLogin For(ChannelOptions channel) =>
        _logins.GetOrAdd(channel.Name, _ => channel.Auth.Equals("OAuth2", StringComparison.OrdinalIgnoreCase)
            ? new OAuth2Login(new AccessTokens(channel.OAuth2, _http, time))
            : new PasswordLogin(channel.Password!));

    public void Dispose() => _http.Dispose();
}
