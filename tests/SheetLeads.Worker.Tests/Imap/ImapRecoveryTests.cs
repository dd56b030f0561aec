using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MailKit;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>Issue 5: the worker killed mid-batch, the mail server restarted mid-sync, the marker failing after the sheet write — every message once, every message marked.</summary>
public sealed class ImapRecoveryTests : IAsyncLifetime, IDisposable
{
    private const int Messages = 40;
    private readonly Workspace _workspace = new();
    private PrivateDovecot _dovecot = null!;

    public async Task InitializeAsync()
    {
        _dovecot = await PrivateDovecot.StartAsync();
        _workspace.Config["SheetLeads"]!["Channels"] = new JsonArray();
        _workspace.Config["SheetLeads"]!["Sync"] = JsonNode.Parse("""{ "Interval": "00:00:10", "MaxBatch": 4 }""");
    }

    public async Task DisposeAsync() => await _dovecot.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_worker_killed_again_and_again_mid_batch_leaves_every_message_in_the_sheet_once_and_marked()
    {
        await _dovecot.DeliverAsync(Backlog());
        var random = new Random(5);
        for (var kill = 0; kill < 6; kill++)
        {
            var (worker, log) = Start();
            Assert.True(await UntilAsync(() => Has(log, "sync ok: taken="), TimeSpan.FromSeconds(30)), "a cycle ran\n" + log);
            await Task.Delay(random.Next(0, 300));
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }

        WorkerRun last;
        var runs = 0;
        do
            last = await _workspace.SyncOnceAsync(_dovecot.ChannelSettings(0));
        while (last.ExitCode == 0 && !last.SummaryLine.StartsWith("sync ok: taken=0", StringComparison.Ordinal) && ++runs < 15);

        Assert.True(last.ExitCode == 0, last.ToString());
        await AssertEachMessageOnceAndMarkedAsync();
    }

    [Fact]
    public async Task A_mail_server_restarted_mid_sync_is_reconnected_to_and_every_message_ends_in_the_sheet_once_and_marked()
    {
        await _dovecot.DeliverAsync(Backlog());
        var (worker, log) = Start();
        try
        {
            Assert.True(await UntilAsync(() => Has(log, "sync ok: taken=4"), TimeSpan.FromSeconds(30)), "a cycle ran\n" + log);
            await _dovecot.RestartAsync();

            var marked = await UntilAsync(async () => (await _dovecot.FlagsAsync()).Count(f => f.Keywords.Contains("$SheetLeads")) == Messages, TimeSpan.FromSeconds(60));

            Assert.True(marked, "every message marked after the restart\n" + log);
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        Assert.True(Has(log, "the IDLE connection failed"), "the restart dropped the worker's connections\n" + log);
        await AssertEachMessageOnceAndMarkedAsync();
    }

    [Fact]
    public async Task Messages_whose_marker_failed_after_the_sheet_write_are_marked_by_the_next_cycle()
    {
        var settings = new Dictionary<string, string>(_dovecot.ChannelSettings(0))
        {
            ["SheetLeads__Channels__0__Marker"] = "Move",
            ["SheetLeads__Channels__0__MarkerFolder"] = "Taken",
        };
        await _dovecot.AppendAsync("INBOX",
            Mails.Enquiry("k1@example.com", "Kim Kay <kim@example.com>", "Patio", "New patio."),
            Mails.Enquiry("k2@example.com", "Lee Lowe <lee@example.com>", "Drive", "Resurface the drive."));

        var failed = await _workspace.SyncOnceAsync(settings);
        await _dovecot.CreateFolderAsync("Taken");
        var next = await _workspace.SyncOnceAsync(settings);

        Assert.Contains("has no folder 'Taken' to move the messages taken in to", failed.Stderr);
        Assert.StartsWith("sync ok: taken=0", next.SummaryLine);
        Assert.Equal(2, (await LeadsTable.ReadAsync(_workspace.WorkbookPath)).Count);
        Assert.Empty(await _dovecot.FlagsAsync("INBOX"));
        Assert.Equal(2, (await _dovecot.FlagsAsync("Taken")).Count);
    }

    private static IEnumerable<string> Backlog() => Enumerable.Range(1, Messages)
        .Select(i => Mails.Enquiry($"q{i}@example.com", $"Client {i} <client{i}@example.com>", $"Job {i}", $"Please quote for job {i}."));

    private async Task AssertEachMessageOnceAndMarkedAsync()
    {
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal(Messages, leads.Count);
        Assert.Equal(Messages, leads.Column(LeadColumn.Email).Distinct().Count());
        var flags = await _dovecot.FlagsAsync();
        Assert.Equal(Messages, flags.Count(f => f.Keywords.Contains("$SheetLeads") && !f.Flags.HasFlag(MessageFlags.Seen)));
    }

    private (Process Worker, StringBuilder Log) Start()
    {
        var worker = _workspace.Start(_dovecot.ChannelSettings(0), "run");
        var log = new StringBuilder();
        worker.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        worker.BeginErrorReadLine();
        return (worker, log);
    }

    private static bool Has(StringBuilder log, string text)
    {
        lock (log)
            return log.ToString().Contains(text, StringComparison.Ordinal);
    }

    private static Task<bool> UntilAsync(Func<bool> done, TimeSpan within) => UntilAsync(() => Task.FromResult(done()), within);

    private static async Task<bool> UntilAsync(Func<Task<bool>> done, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (await done())
                return true;
            await Task.Delay(200);
        }
        return await done();
    }
}
