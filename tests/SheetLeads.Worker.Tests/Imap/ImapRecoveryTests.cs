using System.Text.Json.Nodes;
using MailKit;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>Issue 5: the worker killed mid-batch, the mail server restarted mid-sync, the marker failing after the sheet write — every message once, every message marked.</summary>
public sealed class ImapRecoveryTests : MailboxTest
{
    private const int Messages = 40;

    public ImapRecoveryTests() => Workspace.Config["SheetLeads"]!["Sync"] = JsonNode.Parse("""{ "Interval": "00:00:10", "MaxBatch": 4 }""");

    [Fact]
    public async Task A_worker_killed_again_and_again_mid_batch_leaves_every_message_in_the_sheet_once_and_marked()
    {
        await Dovecot.DeliverAsync(Backlog());
        var random = new Random(5);
        for (var kill = 0; kill < 6; kill++)
        {
            await using var worker = RunningWorker.Start(Workspace, Dovecot.ChannelSettings(0));
            Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken="), TimeSpan.FromSeconds(30)), "a cycle ran\n" + worker);
            await Task.Delay(random.Next(0, 300));
            await worker.KillAsync();
        }

        WorkerRun last;
        var runs = 0;
        do
            last = await Workspace.SyncOnceAsync(Dovecot.ChannelSettings(0));
        while (last.ExitCode == 0 && !last.SummaryLine.StartsWith("sync ok: taken=0", StringComparison.Ordinal) && ++runs < 15);

        Assert.True(last.ExitCode == 0, last.ToString());
        await AssertEachMessageOnceAndMarkedAsync();
    }

    [Fact]
    public async Task A_mail_server_restarted_mid_sync_is_reconnected_to_and_every_message_ends_in_the_sheet_once_and_marked()
    {
        await Dovecot.DeliverAsync(Backlog());
        await using (var worker = RunningWorker.Start(Workspace, Dovecot.ChannelSettings(0)))
        {
            Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken=4"), TimeSpan.FromSeconds(30)), "a cycle ran\n" + worker);
            await Dovecot.RestartAsync();

            var marked = await Eventually.TrueAsync(async () => (await Dovecot.FlagsAsync()).Count(f => f.Keywords.Contains("$SheetLeads")) == Messages, TimeSpan.FromSeconds(60));

            Assert.True(marked, "every message marked after the restart\n" + worker);
            await worker.KillAsync();
            Assert.True(worker.Logged("the IDLE connection failed"), "the restart dropped the worker's connections\n" + worker);
        }
        await AssertEachMessageOnceAndMarkedAsync();
    }

    [Fact]
    public async Task Messages_whose_marker_failed_after_the_sheet_write_are_marked_by_the_next_cycle()
    {
        var settings = new Dictionary<string, string>(Dovecot.ChannelSettings(0))
        {
            ["SheetLeads__Channels__0__Marker"] = "Move",
            ["SheetLeads__Channels__0__MarkerFolder"] = "Taken",
        };
        await Dovecot.AppendAsync("INBOX",
            Mails.Enquiry("k1@example.com", "Kim Kay <kim@example.com>", "Patio", "New patio."),
            Mails.Enquiry("k2@example.com", "Lee Lowe <lee@example.com>", "Drive", "Resurface the drive."));

        var failed = await Workspace.SyncOnceAsync(settings);
        await Dovecot.CreateFolderAsync("Taken");
        var next = await Workspace.SyncOnceAsync(settings);

        Assert.Contains("has no folder 'Taken' to move the messages taken in to", failed.Stderr);
        Assert.StartsWith("sync ok: taken=0", next.SummaryLine);
        Assert.Equal(2, (await LeadsTable.ReadAsync(Workspace.WorkbookPath)).Count);
        Assert.Empty(await Dovecot.FlagsAsync("INBOX"));
        Assert.Equal(2, (await Dovecot.FlagsAsync("Taken")).Count);
    }

    private static IEnumerable<string> Backlog() => Enumerable.Range(1, Messages)
        .Select(i => Mails.Enquiry($"q{i}@example.com", $"Client {i} <client{i}@example.com>", $"Job {i}", $"Please quote for job {i}."));

    private async Task AssertEachMessageOnceAndMarkedAsync()
    {
        var leads = await LeadsTable.ReadAsync(Workspace.WorkbookPath);
        Assert.Equal(Messages, leads.Count);
        Assert.Equal(Messages, leads.Column(LeadColumn.Email).Distinct().Count());
        var flags = await Dovecot.FlagsAsync();
        Assert.Equal(Messages, flags.Count(f => f.Keywords.Contains("$SheetLeads") && !f.Flags.HasFlag(MessageFlags.Seen)));
    }
}
