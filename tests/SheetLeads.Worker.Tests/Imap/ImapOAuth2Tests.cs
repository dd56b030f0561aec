using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>SPEC §1: a mailbox login with an OAuth2 token (as Gmail and Microsoft 365 require), against a Dovecot that checks tokens with an authorization server.</summary>
public sealed class ImapOAuth2Tests : MailboxTest
{
    private AuthorizationServer _google = null!;

    public override async Task InitializeAsync()
    {
        _google = await AuthorizationServer.StartAsync();
        await base.InitializeAsync();
    }

    private protected override Task<PrivateDovecot> StartDovecotAsync() => PrivateDovecot.StartAsync(introspection: _google.Introspection);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _google.DisposeAsync();
    }

    private Dictionary<string, string> OAuth2Settings()
    {
        File.WriteAllText(Path.Combine(Workspace.Root, "refresh-token"), AuthorizationServer.RefreshToken + "\n");
        var settings = new Dictionary<string, string>(Dovecot.ChannelSettings(0))
        {
            ["SheetLeads__Channels__0__Auth"] = "OAuth2",
            ["SheetLeads__Channels__0__OAuth2__TokenUrl"] = _google.TokenUrl.ToString(),
            ["SheetLeads__Channels__0__OAuth2__ClientId"] = AuthorizationServer.ClientId,
            ["SheetLeads__Channels__0__OAuth2__ClientSecret"] = AuthorizationServer.ClientSecret,
            ["SheetLeads__Channels__0__OAuth2__RefreshToken_FILE"] = "refresh-token",
        };
        settings.Remove("SheetLeads__Channels__0__Password");
        return settings;
    }

    [Fact]
    public async Task Mail_is_read_with_an_access_token_from_the_refresh_token_one_token_for_every_connection_of_the_run_and_no_secret_logged()
    {
        await Dovecot.AppendAsync("INBOX", Mails.Enquiry("o1@example.com", "Olive Owen <olive@example.com>", "Boiler service", "Annual service please."));

        var run = await Workspace.SyncOnceAsync(OAuth2Settings());

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=1 created=1", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        Assert.Equal("Olive Owen", leads.Cell(leads.Single(LeadColumn.Email, "olive@example.com"), LeadColumn.Name));
        Assert.All(await Dovecot.FlagsAsync(), f => Assert.Contains("$SheetLeads", f.Keywords));
        var token = Assert.Single(_google.Issued); // the read and the marker: two logins, one token
        foreach (var secret in new[] { token, AuthorizationServer.RefreshToken, AuthorizationServer.ClientSecret })
            Assert.DoesNotContain(secret, run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task A_revoked_refresh_token_fails_the_channel_and_check_in_plain_words()
    {
        _google.Revoked = true;

        var run = await Workspace.SyncOnceAsync(OAuth2Settings());
        var check = await Workspace.RunAsync(OAuth2Settings(), "check");

        const string Refused = "refused to issue an access token (HTTP 400, invalid_grant: Token has been expired or revoked.); check OAuth2:ClientId, ClientSecret and RefreshToken.";
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(Refused, run.Stderr);
        Assert.Contains("FAIL channel enquiries: the OAuth2 token endpoint " + _google.TokenUrl + " " + Refused, check.Stdout);
        Assert.DoesNotContain(AuthorizationServer.RefreshToken, run.Stdout + run.Stderr + check.Stdout + check.Stderr);
    }
}
