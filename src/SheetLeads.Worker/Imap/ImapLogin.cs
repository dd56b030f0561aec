using MailKit.Net.Imap;
using MailKit.Security;

namespace SheetLeads.Worker.Imap;

/// <summary>How a channel proves its mailbox login.</summary>
internal abstract class ImapLogin
{
    /// <summary>What to check when the server refuses the login, in the words of the configuration.</summary>
    public abstract string Advice { get; }

    /// <exception cref="AuthenticationException">The server refused the login.</exception>
    /// <exception cref="SheetLeads.Core.Sync.ChannelException">No login could be attempted (no token, no mechanism).</exception>
    public abstract Task AuthenticateAsync(ImapClient client, string username, CancellationToken cancellationToken);
}

/// <summary>A password login (SASL PLAIN, LOGIN or whatever the server prefers).</summary>
internal sealed class PasswordLogin(string password) : ImapLogin
{
    public override string Advice => "check Username and Password";

    public override Task AuthenticateAsync(ImapClient client, string username, CancellationToken cancellationToken) =>
        client.AuthenticateAsync(username, password, cancellationToken);
}
