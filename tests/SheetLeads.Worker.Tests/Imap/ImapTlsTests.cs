using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>SPEC §1: TLS and STARTTLS to a real Dovecot, with the server's certificate checked.</summary>
public sealed class ImapTlsTests : MailboxTest
{
    private protected override async Task<PrivateDovecot> StartDovecotAsync()
    {
        var dovecot = await PrivateDovecot.StartAsync(withTls: true);
        await dovecot.AppendAsync("INBOX", Mails.Enquiry("t1@example.com", "Tom Tate <tom@example.com>", "Alarm", "Fit a burglar alarm."));
        return dovecot;
    }

    private Dictionary<string, string> Settings(string security, int port, bool trusted) => new(Dovecot.ChannelSettings(0))
    {
        ["SheetLeads__Channels__0__Security"] = security,
        ["SheetLeads__Channels__0__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SheetLeads__Channels__0__CertificateFile"] = trusted ? Dovecot.CertificatePath : "",
    };

    [Theory]
    [InlineData("Tls")]
    [InlineData("StartTls")]
    public async Task Mail_is_read_over_TLS_or_STARTTLS_with_the_servers_own_certificate_trusted(string security)
    {
        var before = (await Dovecot.LoginsAsync()).Count;
        var run = await Workspace.SyncOnceAsync(Settings(security, security == "Tls" ? Dovecot.TlsPort : Dovecot.Port, trusted: true));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=1 created=1", run.SummaryLine);
        var logins = (await Dovecot.LoginsAsync()).Skip(before).ToArray(); // the worker's: reading and marking
        Assert.NotEmpty(logins);
        Assert.All(logins, l => Assert.Contains(", TLS,", l));
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused_with_what_to_do()
    {
        var run = await Workspace.SyncOnceAsync(Settings("Tls", Dovecot.TlsPort, trusted: false));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"the mail server 127.0.0.1:{Dovecot.TlsPort} presented a certificate this machine does not trust (self-signed certificate)", run.Stderr);
        Assert.Contains("set CertificateFile to it (PEM)", run.Stderr);
        Assert.DoesNotContain("$SheetLeads", Assert.Single(await Dovecot.FlagsAsync()).Keywords);
    }
}
