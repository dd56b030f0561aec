using MailKit;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>The real worker reading a real mailbox on a private Dovecot (SPEC §1 Mailbox).</summary>
public sealed class ImapChannelTests : MailboxTest
{

    private Task<WorkerRun> SyncAsync() => Workspace.SyncOnceAsync(Dovecot.ChannelSettings(0));

    [Fact]
    public async Task Mail_in_the_inbox_becomes_leads_and_is_marked_with_the_keyword_but_stays_unread()
    {
        await Dovecot.AppendAsync("INBOX",
            Mails.Enquiry("i1@example.com", "Sophie Turner <sophie@example.com>", "Radiators", "Two radiators are cold."),
            Mails.Enquiry("i2@example.com", "Gary Newman <gary@example.org>", "Boiler", "New boiler please."),
            Mails.AutoReply("i3@supplier.example.com"));

        var run = await SyncAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=3 created=2 merged=0 duplicate=0 skipped=1 (auto-reply=1)", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        Assert.Equal("Sophie Turner", leads.Cell(leads.Single(LeadColumn.Email, "sophie@example.com"), LeadColumn.Name));
        Assert.Equal("enquiries:i2@example.com", leads.Cell(leads.Single(LeadColumn.Email, "gary@example.org"), LeadColumn.Ref));
        var flags = await Dovecot.FlagsAsync();
        Assert.All(flags, f => Assert.Contains("$SheetLeads", f.Keywords));
        Assert.All(flags, f => Assert.False(f.Flags.HasFlag(MessageFlags.Seen)));
    }

    [Fact]
    public async Task A_restart_resumes_after_the_last_message_taken_and_new_mail_is_taken_once()
    {
        await Dovecot.AppendAsync("INBOX", Mails.Enquiry("r1@example.com", "Amy Able <amy@example.com>", "Gutter", "Leaking gutter."));
        Assert.Equal(0, (await SyncAsync()).ExitCode);
        await Dovecot.AppendAsync("INBOX", Mails.Enquiry("r2@example.com", "Ben Brook <ben@example.com>", "Tap", "Dripping tap."));

        var second = await SyncAsync();
        var third = await SyncAsync();

        Assert.StartsWith("sync ok: taken=1 created=1", second.SummaryLine);
        Assert.StartsWith("sync ok: taken=0", third.SummaryLine);
        Assert.Equal(2, (await LeadsTable.ReadAsync(Workspace.WorkbookPath)).Count);
    }

    [Fact]
    public async Task A_new_UIDVALIDITY_reads_the_folder_again_without_a_single_new_lead()
    {
        await Dovecot.AppendAsync("INBOX",
            Mails.Enquiry("u1@example.com", "Cat Cole <cat@example.com>", "Roof", "Tiles slipped."),
            Mails.Enquiry("u2@example.com", "Dan Dale <dan@example.com>", "Fence", "New fence."));
        Assert.Equal(0, (await SyncAsync()).ExitCode);
        await Dovecot.ChangeUidValidityAsync(4242);

        var run = await SyncAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=2 created=0 merged=0 duplicate=2", run.SummaryLine);
        Assert.Equal(2, (await LeadsTable.ReadAsync(Workspace.WorkbookPath)).Count);
    }

    [Fact]
    public async Task A_wrong_password_fails_the_channel_in_plain_words()
    {
        var settings = new Dictionary<string, string>(Dovecot.ChannelSettings(0)) { ["SheetLeads__Channels__0__Password"] = "wrong" };

        var run = await Workspace.SyncOnceAsync(settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refused the login of test", run.Stderr);
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_taken_in_batches_across_restarts_each_message_once()
    {
        Workspace.Config["SheetLeads"]!["Sync"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "MaxBatch": 2 }""");
        await Dovecot.AppendAsync("INBOX", Enumerable.Range(1, 5)
            .Select(i => Mails.Enquiry($"b{i}@example.com", $"Buyer {i} <buyer{i}@example.com>", "Quote", $"Job {i}.")).ToArray());

        var runs = new List<string>();
        for (var i = 0; i < 4; i++)
            runs.Add((await SyncAsync()).SummaryLine);

        Assert.Equal(["taken=2", "taken=2", "taken=1", "taken=0"], runs.Select(r => r.Split(' ')[2]));
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        Assert.Equal(5, leads.Count);
        Assert.Equal(5, leads.Column(LeadColumn.Email).Distinct().Count());
    }

    [Fact]
    public async Task Check_reports_a_refused_login_and_a_missing_folder_in_plain_words()
    {
        var wrong = new Dictionary<string, string>(Dovecot.ChannelSettings(0)) { ["SheetLeads__Channels__0__Password"] = "wrong" };
        var noFolder = new Dictionary<string, string>(Dovecot.ChannelSettings(0)) { ["SheetLeads__Channels__0__Folder"] = "Enquiries" };

        var login = await Workspace.RunAsync(wrong, "check");
        var folder = await Workspace.RunAsync(noFolder, "check");
        var good = await Workspace.RunAsync(Dovecot.ChannelSettings(0), "check");

        Assert.Contains("FAIL channel enquiries: the mail server 127.0.0.1", login.Stdout);
        Assert.Contains("refused the login of test", login.Stdout);
        Assert.Contains("has no folder 'Enquiries'; check Folder", folder.Stdout);
        Assert.Contains("ok   channel enquiries: test logs in to 127.0.0.1", good.Stdout);
    }
}
