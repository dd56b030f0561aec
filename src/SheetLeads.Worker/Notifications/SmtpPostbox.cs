using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SheetLeads.Worker.Imap;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Notifications;

/// <summary>
/// One SMTP session (MailKit) for a round of mails: connects and logs in once, sends each, says what went wrong in
/// plain words. A refused recipient is that mail's problem (<see cref="RecipientRefusedException"/>); anything else
/// means the server cannot take mail now (<see cref="SmtpUnavailableException"/>).
/// </summary>
internal sealed class SmtpPostbox : IAsyncDisposable
{
    private const string Key = NotificationsOptions.Section + ":Smtp";
    private readonly SmtpClient _client;

    private SmtpPostbox(SmtpClient client) => _client = client;

    /// <summary>Where the server is, for messages.</summary>
    public static string Where(SmtpOptions smtp) => $"{smtp.Host}:{smtp.Port}";

    /// <exception cref="SmtpUnavailableException">The server cannot be reached, the TLS or the login failed.</exception>
    public static async Task<SmtpPostbox> OpenAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        if (!string.IsNullOrWhiteSpace(smtp.CertificateFile))
            client.ServerCertificateValidationCallback = ServerCertificates.Trusting(ServerCertificates.Load(smtp.CertificateFile));
        var where = Where(smtp);
        try
        {
            try
            {
                await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp.Security), cancellationToken);
            }
            catch (SslHandshakeException e)
            {
                throw new SmtpUnavailableException($"the SMTP server {where} failed the TLS handshake ({e.InnerException?.Message ?? e.Message}); check {Key}:Security and Port, or set {Key}:CertificateFile to a certificate of its own.", e);
            }
            catch (Exception e) when (e is SocketException or IOException or TimeoutException or NotSupportedException)
            {
                throw new SmtpUnavailableException($"cannot connect to the SMTP server {where} ({e.Message}); check {Key}:Host, Port and Security.", e);
            }
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                try
                {
                    await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
                }
                catch (AuthenticationException e)
                {
                    throw new SmtpUnavailableException($"the SMTP server {where} refused the login of {smtp.Username} ({e.Message}); check {Key}:Username and Password.", e);
                }
                catch (NotSupportedException e)
                {
                    throw new SmtpUnavailableException($"the SMTP server {where} offers no login ({e.Message}); leave {Key}:Username empty, or use StartTls or Tls.", e);
                }
            }
            return new SmtpPostbox(client);
        }
        catch (Exception e) when (e is not SmtpUnavailableException and not OperationCanceledException)
        {
            client.Dispose();
            throw new SmtpUnavailableException($"the SMTP server {where} failed: {e.Message}", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <exception cref="RecipientRefusedException">The server refused this mail's recipient for good.</exception>
    /// <exception cref="SmtpUnavailableException">The server cannot take mail now.</exception>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            throw new RecipientRefusedException($"the SMTP server refused the recipient {e.Mailbox?.Address} ({(int)e.StatusCode} {e.Message.Trim()})", e);
        }
        catch (SmtpCommandException e)
        {
            throw new SmtpUnavailableException($"the SMTP server answered {(int)e.StatusCode} {e.Message.Trim()}", e);
        }
        catch (Exception e) when (e is SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException)
        {
            throw new SmtpUnavailableException($"the SMTP server stopped answering ({e.Message})", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
                await _client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or TimeoutException or SmtpCommandException)
        {
            // The mails are sent; a QUIT the server does not answer changes nothing.
        }
        _client.Dispose();
    }

    private static SecureSocketOptions Security(string security) => security.ToUpperInvariant() switch
    {
        "TLS" => SecureSocketOptions.SslOnConnect,
        "NONE" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };
}

/// <summary>The SMTP server cannot take mail now; every mail waits for the next try.</summary>
internal sealed class SmtpUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The SMTP server refused a mail's recipient for good.</summary>
internal sealed class RecipientRefusedException(string message, Exception? inner = null) : Exception(message, inner);
