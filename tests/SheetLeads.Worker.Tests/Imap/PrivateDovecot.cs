using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>
/// A private Dovecot (apt <c>dovecot-imapd</c>, installed by the README test command) on 127.0.0.1 with its own
/// config, a test user and a Maildir in a temp folder; never touches /etc/dovecot.
/// </summary>
internal sealed class PrivateDovecot : IAsyncDisposable
{
    public const string User = "test";
    public const string Password = "secret";
    private const int MailUid = 5000;

    // Dovecot 2.3's own list without IDLE: the setting replaces the whole list.
    private const string CapabilitiesWithoutIdle = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT SORT=DISPLAY THREAD=REFERENCES THREAD=REFS " +
        "THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC " +
        "ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE SNIPPET=FUZZY PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY";

    private int _delivered;

    private PrivateDovecot(string root, int port, int tlsPort)
    {
        Root = root;
        Port = port;
        TlsPort = tlsPort;
    }

    /// <summary>The implicit-TLS (imaps) port, when started with TLS.</summary>
    public int TlsPort { get; }

    /// <summary>The server's self-signed certificate (PEM), when started with TLS: what a channel's CertificateFile names.</summary>
    public string CertificatePath => Path.Combine(Root, "cert.pem");

    public string Root { get; }

    public int Port { get; }

    private string Config => Path.Combine(Root, "dovecot.conf");

    /// <param name="introspection">An OAuth2 introspection endpoint: logins with XOAUTH2/OAUTHBEARER tokens are then checked there (password logins still work).</param>
    /// <param name="withoutIdle">Leaves IDLE out of the capabilities the server announces.</param>
    /// <param name="withoutKeywords">INBOX refuses to keep keywords (an ACL without the <c>w</c> right, as some hosted servers have).</param>
    /// <param name="withTls">STARTTLS on the IMAP port and implicit TLS on <see cref="TlsPort"/>, with a self-signed certificate for 127.0.0.1.</param>
    public static async Task<PrivateDovecot> StartAsync(Uri? introspection = null, bool withoutIdle = false, bool withoutKeywords = false, bool withTls = false)
    {
        var root = Directory.CreateTempSubdirectory("sheetleads-dovecot-").FullName;
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        foreach (var folder in new[] { "run", "state", "mail", "home/test" })
            Directory.CreateDirectory(Path.Combine(root, folder));
        var port = FreePort();
        var tlsPort = withTls ? FreePort() : 0;
        if (withTls)
            await WriteCertificateAsync(root);
        await File.WriteAllTextAsync(Path.Combine(root, "users"), $"{User}:{{PLAIN}}{Password}:{MailUid}:{MailUid}::{root}/home/test\n");
        await File.WriteAllTextAsync(Path.Combine(root, "dovecot.conf"), $$"""
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            log_path = {{root}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            {{(withTls ? $"ssl = yes\nssl_cert = <{root}/cert.pem\nssl_key = <{root}/key.pem" : "ssl = no")}}
            disable_plaintext_auth = no
            auth_mechanisms = plain login{{(introspection is null ? "" : " xoauth2 oauthbearer")}}
            mail_location = maildir:{{root}}/mail/%n
            {{(introspection is null ? "" : $"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {root}/oauth2.conf.ext\n}}")}}
            passdb {
              driver = passwd-file
              {{(introspection is null ? "" : "mechanisms = plain login")}}
              args = username_format=%n {{root}}/users
            }
            {{(withoutIdle ? "imap_capability = " + CapabilitiesWithoutIdle : "")}}
            {{(withoutKeywords ? $"mail_plugins = $mail_plugins acl\nplugin {{\n  acl = vfile:{root}/acl\n}}" : "")}}
            userdb {
              driver = passwd-file
              args = username_format=%n {{root}}/users
            }
            service imap-login {
              inet_listener imap {
                port = {{port}}
              }
              inet_listener imaps {
                port = {{tlsPort}}
              }
            }
            """);
        // Dovecot asks the endpoint whether a token is active and whose it is (introspection_mode post: token=…).
        if (introspection is not null)
            await File.WriteAllTextAsync(Path.Combine(root, "oauth2.conf.ext"), $"introspection_url = {introspection}\nintrospection_mode = post\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n");
        // Every right but w (write flags other than \Seen and \Deleted): keywords are refused, read state is kept.
        if (withoutKeywords)
            await File.WriteAllTextAsync(Path.Combine(root, "acl"), "INBOX owner lrstipekxa\n");
        await RunAsync("chown", "-R", $"{MailUid}:{MailUid}", Path.Combine(root, "mail"), Path.Combine(root, "home"));
        var dovecot = new PrivateDovecot(root, port, tlsPort);
        // Dovecot forks into the background: its output is not redirected, or reading it would wait for the daemon.
        await RunAsync("dovecot", redirect: false, "-c", dovecot.Config);
        for (var i = 0; i < 100 && !Listening(port); i++)
            await Task.Delay(20);
        return dovecot;
    }

    /// <summary>Stops Dovecot, dropping every connection, and starts it again on the same port and mailbox.</summary>
    public async Task RestartAsync()
    {
        // A stopped master may leave running sessions alive; a restart that drops every connection is what is tested.
        try
        {
            await RunAsync("doveadm", "-c", Config, "kick", User);
        }
        catch (InvalidOperationException)
        {
            // Nobody was connected: nothing to drop.
        }
        try
        {
            await RunAsync("doveadm", "-c", Config, "stop");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("is not running", StringComparison.Ordinal))
        {
            // Gone already: starting it is the whole restart.
        }
        for (var i = 0; i < 100 && Listening(Port); i++)
            await Task.Delay(20);
        // A master that has not quite let go of the port refuses to start ("Address already in use"): try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RunAsync("dovecot", redirect: false, "-c", Config);
                break;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
        }
        for (var i = 0; i < 100 && !Listening(Port); i++)
            await Task.Delay(20);
    }

    /// <summary>Creates a folder in the test user's mailbox.</summary>
    public async Task CreateFolderAsync(string name)
    {
        using var client = await LoginAsync();
        await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, isMessageFolder: true);
        await client.DisconnectAsync(true);
    }

    /// <summary>Appends messages to a folder (created if missing), as a mail server delivers them.</summary>
    public async Task AppendAsync(string folder, params string[] messages)
    {
        using var client = await LoginAsync();
        var target = await client.GetFolderAsync(folder);
        foreach (var text in messages)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));
            await target.AppendAsync(MimeMessage.Load(stream));
        }
        await client.DisconnectAsync(true);
    }

    /// <summary>Appends messages to a folder with this INTERNALDATE, as a mail client filing old mail there does.</summary>
    public async Task AppendAsync(string folder, DateTimeOffset delivered, params string[] messages)
    {
        using var client = await LoginAsync();
        var target = await client.GetFolderAsync(folder);
        foreach (var text in messages)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")));
            await target.AppendAsync(MimeMessage.Load(stream), MessageFlags.None, delivered);
        }
        await client.DisconnectAsync(true);
    }

    /// <summary>
    /// Delivers messages straight into the INBOX Maildir, as a local delivery agent does: thousands in a second, where
    /// APPEND takes one round trip each. Dovecot gives them UIDs when the folder is next opened.
    /// </summary>
    public async Task DeliverAsync(IEnumerable<string> messages)
    {
        var maildir = Path.Combine(Root, "mail", User);
        string[] folders = [maildir, Path.Combine(maildir, "cur"), Path.Combine(maildir, "new"), Path.Combine(maildir, "tmp")];
        foreach (var folder in folders)
            Directory.CreateDirectory(folder);
        await RunAsync("chown", [$"{MailUid}:{MailUid}", .. folders]);
        // As a delivery agent does: written into tmp/, owned by the mail user, then moved into new/ whole. Only these
        // files are touched: a running Dovecot moves what it has seen from new/ to cur/ meanwhile.
        // Maildir names are unique for the life of the mailbox: a later delivery never reuses an earlier one's name.
        var names = new List<string>();
        foreach (var text in messages)
        {
            var name = $"1763300000.M{Interlocked.Increment(ref _delivered)}P1.sheetleads-test";
            await File.WriteAllTextAsync(Path.Combine(maildir, "tmp", name), text.ReplaceLineEndings("\r\n"));
            names.Add(name);
        }
        foreach (var chunk in names.Chunk(1000))
            await RunAsync("chown", [$"{MailUid}:{MailUid}", .. chunk.Select(n => Path.Combine(maildir, "tmp", n))]);
        foreach (var name in names)
            File.Move(Path.Combine(maildir, "tmp", name), Path.Combine(maildir, "new", name));
    }

    /// <summary>Changes the test user's password, as a mailbox owner does in their provider's settings.</summary>
    public Task ChangePasswordAsync(string password) =>
        File.WriteAllTextAsync(Path.Combine(Root, "users"), $"{User}:{{PLAIN}}{password}:{MailUid}:{MailUid}::{Root}/home/test\n");

    /// <summary>Each message's flags and keywords in a folder, by UID order.</summary>
    public async Task<IReadOnlyList<(MessageFlags Flags, IReadOnlySet<string> Keywords)>> FlagsAsync(string folder = "INBOX")
    {
        using var client = await LoginAsync();
        var inbox = await client.GetFolderAsync(folder);
        await inbox.OpenAsync(FolderAccess.ReadOnly);
        var summaries = await inbox.FetchAsync(0, -1, MessageSummaryItems.Flags | MessageSummaryItems.UniqueId);
        await client.DisconnectAsync(true);
        return summaries.OrderBy(s => s.UniqueId.Id).Select(s => (s.Flags ?? MessageFlags.None, (IReadOnlySet<string>)s.Keywords.ToHashSet())).ToArray();
    }

    /// <summary>Bytes Dovecot sent to logged-in clients so far, summed from its logout lines ("Logged out in=… out=…").</summary>
    public async Task<long> BytesSentAsync()
    {
        var log = await File.ReadAllTextAsync(Path.Combine(Root, "dovecot.log"));
        return System.Text.RegularExpressions.Regex.Matches(log, @"Logged out in=\d+ out=(\d+)")
            .Sum(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Dovecot's line for each login so far ("Login: user=<test>, method=PLAIN, …, TLS, …" when it was encrypted).</summary>
    public async Task<IReadOnlyList<string>> LoginsAsync() =>
        (await File.ReadAllLinesAsync(Path.Combine(Root, "dovecot.log"))).Where(l => l.Contains("Login: user=<", StringComparison.Ordinal)).ToArray();

    /// <summary>Gives the folder a new UIDVALIDITY, as a server restore or migration does.</summary>
    public Task ChangeUidValidityAsync(uint value, string folder = "INBOX") =>
        RunAsync("doveadm", "-c", Config, "mailbox", "update", "-u", User, "--uid-validity", value.ToString(System.Globalization.CultureInfo.InvariantCulture), folder);

    /// <summary>The channel settings for the worker's configuration.</summary>
    public IReadOnlyDictionary<string, string> ChannelSettings(int index, string name = "enquiries") => new Dictionary<string, string>
    {
        [$"SheetLeads__Channels__{index}__Name"] = name,
        [$"SheetLeads__Channels__{index}__Kind"] = "Imap",
        [$"SheetLeads__Channels__{index}__Source"] = "Email",
        [$"SheetLeads__Channels__{index}__Host"] = "127.0.0.1",
        [$"SheetLeads__Channels__{index}__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"SheetLeads__Channels__{index}__Security"] = "None",
        [$"SheetLeads__Channels__{index}__Username"] = User,
        [$"SheetLeads__Channels__{index}__Password"] = Password,
    };

    private async Task<ImapClient> LoginAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("doveadm", "-c", Config, "stop");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("is not running", StringComparison.Ordinal))
        {
            // Already stopped (a test that failed mid-restart): nothing to stop, and its own failure is what matters.
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a Dovecot process still closing a file: the temp folder is cleaned by the system
        }
    }

    private static async Task WriteCertificateAsync(string root)
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=127.0.0.1", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await File.WriteAllTextAsync(Path.Combine(root, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(root, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    private static bool Listening(int port)
    {
        try
        {
            using var socket = new TcpClient();
            socket.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Task RunAsync(string program, params string[] args) => RunAsync(program, redirect: true, args);

    private static async Task RunAsync(string program, bool redirect, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = redirect, RedirectStandardOutput = redirect };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = redirect ? await process.StandardError.ReadToEndAsync() : "";
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {error}");
    }
}
