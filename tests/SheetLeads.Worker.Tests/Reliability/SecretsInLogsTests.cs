using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8 item 6, SPEC §8: secrets never reach the log — not at Trace level, not in the errors that use them. Every
/// kind of secret is configured from a file and made to fail: a refused mailbox login, a form key a service refuses, a
/// webhook secret, an SMTP login to a server that is not there, and the Google service account's private key.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string MailboxPassword = "imap-Pa55word-0417";
    private const string FormToken = "tfp_Secret-Token-9921";
    private const string WebhookSecret = "whsec-Shared-5573";
    private const string SmtpPassword = "smtp-Pa55word-8810";

    [Theory]
    [InlineData("check")]
    [InlineData("sync")]
    public async Task No_secret_appears_in_the_output_even_when_everything_that_uses_one_fails(string command)
    {
        await using var dovecot = await PrivateDovecot.StartAsync();
        await using var forms = await FormApi.FakeFormService.StartAsync();
        await using var w = await GoogleWorkspace.StartAsync();
        var form = forms.Form("Typeform", "secret-test");
        var files = w.Files;
        foreach (var (name, secret) in new[] { ("imap", MailboxPassword), ("token", FormToken), ("webhook", WebhookSecret), ("smtp", SmtpPassword) })
            await File.WriteAllTextAsync(Path.Combine(files.Root, name), secret);
        files.Config["SheetLeads"]!["Channels"] = JsonNode.Parse($$"""
            [ { "Name": "enquiries", "Kind": "Imap", "Host": "127.0.0.1", "Port": {{dovecot.Port}}, "Security": "None",
                "Username": "{{PrivateDovecot.User}}", "Password_FILE": "imap" },
              { "Name": "quote", "Kind": "Form", "Preset": "Typeform", "Url": "{{forms.Url(form)}}", "Token_FILE": "token", "MaxRetries": 0,
                "Webhook": { "Secret_FILE": "webhook" } } ]
            """);
        files.Config["SheetLeads"]!["Notifications"] = JsonNode.Parse($$"""
            { "Enabled": true, "From": "sheetleads@brightpath.example",
              "Smtp": { "Host": "127.0.0.1", "Port": {{ClosedPort()}}, "Security": "None", "Username": "notify", "Password_FILE": "smtp" } }
            """);
        files.Config["SheetLeads"]!["Team"]!["Manager"] = "owner@brightpath.example";
        var environment = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Trace" };

        var run = await w.RunAsync(environment, command == "sync" ? ["sync", "--once"] : ["check"]);

        Assert.True(run.ExitCode == 1, run.ToString()); // the refused login and the refused key fail it
        Assert.Contains("refused the login of test", run.Stdout + run.Stderr);
        Assert.Contains("refused the API key", run.Stdout + run.Stderr);
        var output = run.Stdout + run.Stderr;
        foreach (var secret in new[] { MailboxPassword, FormToken, WebhookSecret, SmtpPassword })
            Assert.DoesNotContain(secret, output);
        var key = JsonNode.Parse(await File.ReadAllTextAsync(w.Google.KeyFile))!["private_key"]!.GetValue<string>();
        foreach (var line in key.Split('\n').Where(l => l.Length > 20 && !l.StartsWith("-----", StringComparison.Ordinal)))
            Assert.DoesNotContain(line, output);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
