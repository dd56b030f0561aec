using System.Text.Json.Nodes;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Notifications;

/// <summary>
/// The mails of SPEC §7 from the real worker process to a real SMTP server (MailDev): what arrives, to whom, once.
/// </summary>
public sealed class NotificationEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly Workspace _workspace = new();
    private MailDev _smtp = null!;

    public async Task InitializeAsync() => _smtp = await MailDev.StartAsync();

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    private void SendingTo(int port, string? manager = null)
    {
        var sheetLeads = _workspace.Config["SheetLeads"]!;
        sheetLeads["Team"]!["Members"] = JsonNode.Parse("""
            [ { "Name": "Alice Hart", "Email": "alice@brightpath.example" }, { "Name": "Bob Singh", "Email": "bob@brightpath.example" } ]
            """);
        if (manager is not null)
            sheetLeads["Team"]!["Manager"] = manager;
        sheetLeads["Notifications"] = JsonNode.Parse($$"""
            { "Enabled": true, "From": "sheetleads@brightpath.example", "DigestAt": "23:59",
              "Smtp": { "Host": "127.0.0.1", "Port": {{port}}, "Security": "None", "Username": "{{MailDev.User}}", "Password": "{{MailDev.Password}}" } }
            """);
    }

    [Fact]
    public async Task Each_new_lead_is_mailed_to_its_owner_once_with_its_details_and_row_and_skipped_mail_to_nobody()
    {
        SendingTo(_smtp.SmtpPort);
        _workspace.AddMail("1.eml", Mails.Enquiry("boiler@example.org", "Jane Smith <jane@example.org>", "Boiler service",
            "Please service my boiler next week. Phone 07700 900123."));
        _workspace.AddMail("2.eml", Mails.Enquiry("tap@example.org", "Tom Reed <tom@example.org>", "Dripping tap", "The kitchen tap drips.",
            date: "Mon, 16 Nov 2026 09:20:00 +0000"));
        _workspace.AddMail("3.eml", Mails.AutoReply("away@supplier.example.com"));

        var first = await _workspace.SyncOnceAsync();
        var mails = await _smtp.WaitForAsync(2);
        var second = await _workspace.SyncOnceAsync();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.StartsWith("sync ok: taken=3 created=2", first.SummaryLine);
        Assert.Equal(2, mails.Count);
        var bob = Assert.Single(mails, m => m.Recipients.SequenceEqual(["bob@brightpath.example"]));
        Assert.Equal("New lead L-000001: Jane Smith (Email)", bob.Subject);
        Assert.Contains("Email: jane@example.org", bob.Text);
        Assert.Contains("Owner: Bob Singh", bob.Text);
        Assert.Contains("Please service my boiler next week.", bob.Text);
        Assert.Contains($"(row 2 of the Leads tab in {_workspace.WorkbookPath})", bob.Text);
        Assert.Equal("NewLead", bob.Header("x-sheetleads"));
        Assert.Equal("auto-generated", bob.Header("auto-submitted"));
        var alice = Assert.Single(mails, m => m.Recipients.SequenceEqual(["alice@brightpath.example"]));
        Assert.Equal("New lead L-000002: Tom Reed (Email)", alice.Subject);
        Assert.Contains("row 3 of the Leads tab", alice.Text);
        Assert.DoesNotContain(mails, m => m.Text?.Contains("away until Monday", StringComparison.OrdinalIgnoreCase) == true);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, (await _smtp.MailsAsync()).Count);
        Assert.DoesNotContain(MailDev.Password, first.Stderr + first.Stdout);
    }

    [Fact]
    public async Task A_repeat_enquiry_merged_into_an_open_lead_is_mailed_to_that_leads_current_owner()
    {
        SendingTo(_smtp.SmtpPort);
        _workspace.AddMail("1.eml", Mails.Enquiry("first@example.org", "Jane Smith <jane@example.org>", "Leaking pipe", "The pipe under the sink leaks."));
        await _workspace.SyncOnceAsync();
        await _smtp.WaitForAsync(1);
        _workspace.AddMail("2.eml", Mails.Enquiry("again@example.org", "Jane Smith <jane@example.org>", "Re: Leaking pipe",
            "It is worse now, water on the floor.", date: "Tue, 17 Nov 2026 08:05:00 +0000"));

        var run = await _workspace.SyncOnceAsync();
        var mails = await _smtp.WaitForAsync(2);

        Assert.StartsWith("sync ok: taken=1 created=0 merged=1", run.SummaryLine);
        var repeat = mails[1];
        Assert.Equal(["alice@brightpath.example"], repeat.Recipients);
        Assert.Equal("Repeat enquiry from Jane Smith (L-000001)", repeat.Subject);
        Assert.Contains("It is worse now, water on the floor.", repeat.Text);
        Assert.Contains("row 2 of the Leads tab", repeat.Text);
    }

    [Fact]
    public async Task Mails_wait_while_the_SMTP_server_is_down_and_go_once_when_it_is_back()
    {
        var port = _smtp.SmtpPort;
        await _smtp.DisposeAsync();
        SendingTo(port);
        _workspace.AddMail("1.eml", Mails.Enquiry("down@example.org", "Jane Smith <jane@example.org>", "Gutter", "The gutter is blocked."));

        var whileDown = await _workspace.SyncOnceAsync();
        _smtp = await MailDev.StartAsync(smtpPort: port);
        var back = await _workspace.SyncOnceAsync();
        var mails = await _smtp.WaitForAsync(1);
        var after = await _workspace.SyncOnceAsync();

        Assert.True(whileDown.ExitCode == 0, whileDown.ToString()); // the lead is in the sheet: the sync succeeded
        Assert.Contains("Mails could not be sent", whileDown.Stderr);
        Assert.Contains($"cannot connect to the SMTP server 127.0.0.1:{port}", whileDown.Stderr);
        Assert.StartsWith("sync ok: taken=0", back.SummaryLine);
        Assert.Equal("New lead L-000001: Jane Smith (Email)", Assert.Single(mails).Subject);
        Assert.Equal(0, after.ExitCode);
        Assert.Single(await _smtp.MailsAsync());
    }

    [Fact]
    public async Task A_lead_left_unanswered_past_twice_the_target_is_escalated_to_the_manager_once()
    {
        SendingTo(_smtp.SmtpPort, manager: "owner@brightpath.example");
        _workspace.AddMail("1.eml", Mails.Enquiry("old@example.org", "Jane Smith <jane@example.org>", "Roof", "A tile came off the roof."));

        await _workspace.SyncOnceAsync();
        var mails = await _smtp.WaitForAsync(2);
        await _workspace.SyncOnceAsync();

        var escalation = Assert.Single(mails, m => m.Recipients.SequenceEqual(["owner@brightpath.example"]));
        Assert.Equal("A lead needs your attention: L-000001 Jane Smith", escalation.Subject);
        Assert.Matches(@"L-000001 Jane Smith: no first response after \d+\.\d working hours \(target 0\.5\); owner Alice Hart", escalation.Text);
        Assert.Equal(2, (await _smtp.MailsAsync()).Count);
    }

    [Fact]
    public async Task Run_sends_the_days_digest_at_start_when_its_time_has_passed_and_only_once()
    {
        SendingTo(_smtp.SmtpPort, manager: "owner@brightpath.example");
        _workspace.Config["SheetLeads"]!["Notifications"]!["DigestAt"] = "00:00";
        _workspace.AddMail("1.eml", Mails.Enquiry("digest@example.org", "Jane Smith <jane@example.org>", "Fence", "The fence fell over."));

        using (var worker = _workspace.Start(null, "run"))
        {
            var arrived = await Eventually.TrueAsync(async () => (await _smtp.MailsAsync()).Any(IsDigest), TimeSpan.FromSeconds(60));
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
            Assert.True(arrived, "no digest within 60 s");
        }
        using (var again = _workspace.Start(null, "run"))
        {
            await Task.Delay(TimeSpan.FromSeconds(8));
            again.Kill(entireProcessTree: true);
            await again.WaitForExitAsync();
        }

        var digests = (await _smtp.MailsAsync()).Where(IsDigest).ToArray();
        var digest = Assert.Single(digests);
        Assert.Equal(["owner@brightpath.example"], digest.Recipients);
        Assert.Contains("Key figures", digest.Text);
        Assert.Contains("  Open leads: ", digest.Text);
        Assert.Contains("  Conversion this month: ", digest.Text);
        Assert.Contains("Overdue and stale (", digest.Text);
    }

    private static bool IsDigest(ReceivedMail mail) => mail.Subject.StartsWith("Leads digest for ", StringComparison.Ordinal);
}
