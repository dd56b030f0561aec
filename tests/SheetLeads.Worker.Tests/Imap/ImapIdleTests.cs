using System.Diagnostics;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>SPEC §9: with IDLE, new mail reaches the sheet in seconds, not at the next poll.</summary>
public sealed class ImapIdleTests : IAsyncLifetime, IDisposable
{
    private readonly Workspace _workspace = new();
    private PrivateDovecot _dovecot = null!;

    public async Task InitializeAsync()
    {
        _dovecot = await PrivateDovecot.StartAsync();
        _workspace.Config["SheetLeads"]!["Channels"] = new System.Text.Json.Nodes.JsonArray();
        _workspace.Config["SheetLeads"]!["Sync"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "Interval": "00:10:00" }""");
    }

    public async Task DisposeAsync() => await _dovecot.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Mail_arriving_while_the_worker_idles_is_in_the_sheet_within_five_seconds_though_the_poll_is_ten_minutes_away()
    {
        await _dovecot.AppendAsync("INBOX", Mails.Enquiry("d1@example.com", "Amy Able <amy@example.com>", "Gutter", "Leaking gutter."));
        using var worker = _workspace.Start(_dovecot.ChannelSettings(0), "run");
        var stderr = new System.Text.StringBuilder();
        worker.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        worker.BeginErrorReadLine();
        try
        {
            // The log is watched, not the workbook: a reader holding the file would make the worker's write wait.
            Assert.True(await UntilAsync(() => Logged(stderr, "sync ok: taken=1 created=1") && Logged(stderr, "waiting with IDLE"), TimeSpan.FromSeconds(30)),
                "the first cycle ran and IDLE started\n" + stderr);

            await _dovecot.AppendAsync("INBOX", Mails.Enquiry("d2@example.com", "Ben Brook <ben@example.com>", "Tap", "Dripping tap."));
            var clock = Stopwatch.StartNew();
            var arrived = await UntilAsync(() => Count(stderr, "sync ok: taken=1 created=1") == 2, TimeSpan.FromSeconds(5));

            Assert.True(arrived, $"the new mail was not in the sheet after {clock.Elapsed.TotalSeconds:0.0} s\n{stderr}");
            Assert.Equal("Ben Brook", (await LeadsTable.ReadAsync(_workspace.WorkbookPath)) is var leads ? leads.Cell(leads.Single(LeadColumn.Email, "ben@example.com"), LeadColumn.Name) : "");
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
    }

    private static int Count(System.Text.StringBuilder log, string text)
    {
        lock (log)
            return log.ToString().Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));
    }

    private static bool Logged(System.Text.StringBuilder log, string text)
    {
        lock (log)
            return log.ToString().Contains(text, StringComparison.Ordinal);
    }

    private static async Task<bool> UntilAsync(Func<bool> done, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (done())
                return true;
            await Task.Delay(100);
        }
        return done();
    }
}
