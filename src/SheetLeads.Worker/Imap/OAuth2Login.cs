using MailKit.Net.Imap;
using MailKit.Security;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.Imap;

/// <summary>
/// An OAuth2 login: an access token from the channel's token endpoint, sent with SASL XOAUTH2 (Gmail, Microsoft 365)
/// or OAUTHBEARER (RFC 7628), whichever the server offers. A refused token is dropped, so the next login asks for a
/// fresh one.
/// </summary>
internal sealed class OAuth2Login(AccessTokens tokens) : ImapLogin
{
    public override string Advice => "check that the OAuth2 grant covers IMAP (its Scope) and belongs to Username";

    public override async Task AuthenticateAsync(ImapClient client, string username, CancellationToken cancellationToken)
    {
        var offered = client.AuthenticationMechanisms;
        var token = await tokens.GetAsync(cancellationToken);
        SaslMechanism mechanism = offered.Contains("XOAUTH2") ? new SaslMechanismOAuth2(username, token)
            : offered.Contains("OAUTHBEARER") ? new SaslMechanismOAuthBearer(username, token)
            : throw new ChannelException($"the mail server offers no OAuth2 login (XOAUTH2 or OAUTHBEARER; it offers {string.Join(", ", offered)}); use Auth Password.");
        try
        {
            await client.AuthenticateAsync(mechanism, cancellationToken);
        }
        catch (AuthenticationException)
        {
            tokens.Forget();
            throw;
        }
    }
}
