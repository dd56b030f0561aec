using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.Imap;

/// <summary>One logged-in connection with the channel's folder open; every failure becomes a ChannelException in plain words.</summary>
internal sealed class ImapSession : IAsyncDisposable
{
    private readonly ImapClient _client;

    private ImapSession(ImapClient client, ImapFolder folder)
    {
        _client = client;
        Folder = folder;
    }

    public ImapFolder Folder { get; }

    public ImapCapabilities Capabilities => _client.Capabilities;

    public ImapClient Client => _client;

    /// <exception cref="ChannelException">The server cannot be reached, refuses the login, or has no such folder.</exception>
    public static async Task<ImapSession> OpenAsync(ImapSettings settings, FolderAccess access, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = 60_000 };
        if (settings.TrustedCertificates is { } trusted)
            client.ServerCertificateValidationCallback = ServerCertificates.Trusting(trusted);
        var where = $"{settings.Host}:{settings.Port}";
        try
        {
            try
            {
                await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            }
            catch (SslHandshakeException e) when (e.ServerCertificate is not null)
            {
                throw new ChannelException($"the mail server {where} presented a certificate this machine does not trust ({Reason(e)}); if the server uses a certificate of its own, set CertificateFile to it (PEM).", e);
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or SslHandshakeException or TimeoutException)
            {
                throw new ChannelException($"cannot connect to the mail server {where} ({e.Message}); check Host, Port and Security.", e);
            }
            try
            {
                await settings.Login.AuthenticateAsync(client, settings.Username, cancellationToken);
            }
            catch (AuthenticationException e)
            {
                throw new ChannelException($"the mail server {where} refused the login of {settings.Username} ({e.Message}); {settings.Login.Advice}.", e);
            }
            ImapFolder folder;
            try
            {
                folder = (ImapFolder)await client.GetFolderAsync(settings.Folder, cancellationToken);
                await folder.OpenAsync(access, cancellationToken);
            }
            catch (FolderNotFoundException e)
            {
                throw new ChannelException($"the mailbox of {settings.Username} has no folder '{settings.Folder}'; check Folder.", e);
            }
            return new ImapSession(client, folder);
        }
        catch (Exception e) when (e is not ChannelException and not OperationCanceledException)
        {
            client.Dispose();
            throw new ChannelException($"the mail server {where} failed: {e.Message}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
                await _client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or ServiceNotConnectedException)
        {
            // the server went away first: nothing to close
        }
        _client.Dispose();
    }

    // MailKit's message lists the reasons under headings after a fixed preamble; the reasons are what a person can act on.
    private static string Reason(SslHandshakeException e)
    {
        var reasons = e.Message.IndexOf("for the following reasons:", StringComparison.Ordinal);
        return reasons < 0 ? e.Message : string.Join("; ", e.Message[(reasons + 26)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('•', ' '))
            .Where(line => line.Length > 0 && !line.EndsWith(':')));
    }
}
