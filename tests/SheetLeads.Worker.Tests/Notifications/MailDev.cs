using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace SheetLeads.Worker.Tests.Notifications;

/// <summary>
/// A private MailDev (npm <c>maildev</c>, a real SMTP server that keeps what it receives and shows it over HTTP) on
/// 127.0.0.1 with its own ports and mail folder. The README test command installs it; if it is missing, the first
/// test that needs it installs it with npm (never skipped).
/// </summary>
internal sealed class MailDev : IAsyncDisposable
{
    public const string User = "notify";
    public const string Password = "smtp-secret";
    private const string Version = "3.0.0";
    private static readonly SemaphoreSlim Installing = new(1, 1);
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly string _root;

    private MailDev(Process process, string root, int smtpPort, int webPort)
    {
        _process = process;
        _root = root;
        SmtpPort = smtpPort;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    /// <summary>The SMTP port (plain SMTP with AUTH, or implicit TLS when started with TLS).</summary>
    public int SmtpPort { get; }

    /// <summary>The server's self-signed certificate (PEM), when started with TLS.</summary>
    public string CertificatePath => Path.Combine(_root, "cert.pem");

    /// <summary>Where the tools live: <c>~/.cache/sheetleads/maildev-3.0.0</c> unless SHEETLEADS_TOOLS says otherwise.</summary>
    public static string InstallFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("SHEETLEADS_TOOLS") is { Length: > 0 } tools ? tools
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "sheetleads"), "maildev-" + Version);

    /// <param name="tls">Implicit TLS with a self-signed certificate for 127.0.0.1 (no login then).</param>
    /// <param name="smtpPort">The SMTP port to listen on (a server started again where it was); a free one if not given.</param>
    public static async Task<MailDev> StartAsync(bool tls = false, int? smtpPort = null)
    {
        var script = await InstalledAsync();
        var root = Directory.CreateTempSubdirectory("sheetleads-maildev-").FullName;
        var (smtp, web) = (smtpPort ?? FreePort(), FreePort());
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, "--smtp", $"{smtp}", "--web", $"{web}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--mail-directory", Path.Combine(root, "mail") })
            start.ArgumentList.Add(arg);
        if (tls)
        {
            await Run("openssl", root, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1");
            foreach (var arg in new[] { "--incoming-secure", "--incoming-cert", Path.Combine(root, "cert.pem"), "--incoming-key", Path.Combine(root, "key.pem") })
                start.ArgumentList.Add(arg);
        }
        else
        {
            foreach (var arg in new[] { "--incoming-user", User, "--incoming-pass", Password })
                start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new MailDev(process, root, smtp, web);
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Every mail received so far, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> MailsAsync() =>
        (await _http.GetFromJsonAsync<List<ReceivedMail>>("api/email"))!.OrderBy(m => m.Time).ToArray();

    /// <summary>Waits until at least <paramref name="count"/> mails arrived (at most 30 s), then returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var mails = await MailsAsync();
            if (mails.Count >= count || DateTime.UtcNow > until)
                return mails;
            await Task.Delay(200);
        }
    }

    /// <summary>Stops the server (SMTP refuses connections until a new one is started).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await MailsAsync();
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, SmtpPort);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or SocketException && DateTime.UtcNow < until && !_process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task<string> InstalledAsync()
    {
        var script = Path.Combine(InstallFolder, "node_modules", "maildev", "dist", "bin", "maildev.js");
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(script))
            {
                Directory.CreateDirectory(InstallFolder);
                await Run("npm", InstallFolder, "install", "--no-audit", "--no-fund", "--silent", "--prefix", InstallFolder, "maildev@" + Version);
            }
            return File.Exists(script) ? script : throw new InvalidOperationException($"npm installed maildev {Version} but {script} is not there.");
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task Run(string program, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A mail as MailDev's API shows it.</summary>
internal sealed record ReceivedMail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("headers")] Dictionary<string, System.Text.Json.JsonElement> Headers,
    [property: JsonPropertyName("envelope")] MailEnvelope Envelope)
{
    /// <summary>The addresses it was delivered to.</summary>
    public IReadOnlyList<string> Recipients => Envelope.To.Select(t => t.Address).ToArray();

    /// <summary>A header's value (names in lower case), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}

internal sealed record MailEnvelope(
    [property: JsonPropertyName("from")] MailPath From,
    [property: JsonPropertyName("to")] IReadOnlyList<MailPath> To);

internal sealed record MailPath([property: JsonPropertyName("address")] string Address);
