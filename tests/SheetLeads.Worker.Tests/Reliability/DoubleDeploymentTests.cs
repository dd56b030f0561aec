using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8 item 5, SPEC §8: two workers started against the same sheet and mailbox (an accidental double deployment,
/// each with its own state) — the lease keeps one writer, the other says it waits, and every enquiry is in the sheet
/// exactly once.
/// </summary>
public sealed class DoubleDeploymentTests
{
    private const int FirstMails = 40;
    private const int LaterMails = 20;

    [Fact]
    public async Task Two_workers_on_one_sheet_and_mailbox_write_every_enquiry_once_and_the_second_says_it_waits()
    {
        await using var dovecot = await PrivateDovecot.StartAsync();
        await using var w = await GoogleWorkspace.StartAsync();
        using var other = new Workspace();
        var environment = w.Google.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        foreach (var (key, value) in dovecot.ChannelSettings(0))
            environment[key] = value;
        foreach (var workspace in new[] { w.Files, other })
        {
            workspace.Config["SheetLeads"]!["Channels"] = new JsonArray();
            workspace.Config["SheetLeads"]!["Sync"] = JsonNode.Parse("""{ "Interval": "00:00:10" }""");
        }
        string[] logs;

        await using (var a = RunningWorker.Start(w.Files, environment))
        await using (var b = RunningWorker.Start(other, environment))
        {
            // Both idle on the mailbox first: the enquiries then wake both at once (IDLE) and both plan to write them,
            // rather than one having written them all before the other's first read.
            Assert.True(await Eventually.TrueAsync(() => a.Logged("sync ok") && b.Logged("sync ok"), TimeSpan.FromSeconds(60)), a.Log + b.Log);
            await dovecot.DeliverAsync(Mails(1, FirstMails));
            await Eventually.TrueAsync(() => w.Read().Rows.Count >= FirstMails, TimeSpan.FromSeconds(90));
            await dovecot.DeliverAsync(Mails(FirstMails + 1, LaterMails));
            await Eventually.TrueAsync(() => w.Read().Rows.Count >= FirstMails + LaterMails, TimeSpan.FromSeconds(90));
            await Task.Delay(TimeSpan.FromSeconds(12)); // a cycle of each after the last mail: nothing may be added twice
            await a.KillAsync();
            await b.KillAsync();
            logs = [a.Log, b.Log];
        }

        var leads = w.Read();
        var refs = leads.Rows.SelectMany(r => leads.Cell(r, LeadColumn.Ref).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Equal(FirstMails + LaterMails, leads.Rows.Count);
        Assert.Equal(FirstMails + LaterMails, refs.Distinct().Count());
        Assert.Equal(refs.Length, refs.Distinct().Count());
        Assert.Equal(FirstMails + LaterMails, leads.Rows.Select(r => leads.Cell(r, LeadColumn.LeadId)).Distinct().Count());
        // The one that lost: it saw the other's lease, or both claimed it in the same moment and it lost the claim.
        Assert.Contains(logs, log => (log.Contains("is written by another worker", StringComparison.Ordinal) && log.Contains("waiting", StringComparison.Ordinal))
                                     || log.Contains("took the write lease on spreadsheet", StringComparison.Ordinal));
        Assert.Contains(logs, log => log.Contains("Took the write lease", StringComparison.Ordinal));
        var flags = await dovecot.FlagsAsync();
        Assert.Equal(FirstMails + LaterMails, flags.Count(f => f.Keywords.Contains("$SheetLeads")));
    }

    private static IEnumerable<string> Mails(int first, int count) => Enumerable.Range(first, count).Select(i =>
        EndToEnd.Mails.Enquiry($"twice{i}@example.com", $"Customer {i} <customer{i}@example.com>", $"Quote {i}", $"Please quote for job {i}."));
}
