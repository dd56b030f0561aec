using System.Diagnostics;
using System.Text;
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
        await dovecot.DeliverAsync(Mails(1, FirstMails));

        var a = Running.Start(w.Files, environment);
        var b = Running.Start(other, environment);
        try
        {
            await UntilRowsAsync(w, FirstMails);
            await dovecot.DeliverAsync(Mails(FirstMails + 1, LaterMails));
            await UntilRowsAsync(w, FirstMails + LaterMails);
            await Task.Delay(TimeSpan.FromSeconds(12)); // a cycle of each after the last mail: nothing may be added twice
        }
        finally
        {
            a.Stop();
            b.Stop();
        }

        var leads = w.Read();
        var refs = leads.Rows.SelectMany(r => leads.Cell(r, LeadColumn.Ref).Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Equal(FirstMails + LaterMails, leads.Rows.Count);
        Assert.Equal(FirstMails + LaterMails, refs.Distinct().Count());
        Assert.Equal(refs.Length, refs.Distinct().Count());
        Assert.Equal(FirstMails + LaterMails, leads.Rows.Select(r => leads.Cell(r, LeadColumn.LeadId)).Distinct().Count());
        var logs = new[] { a.Log, b.Log };
        Assert.Contains(logs, log => log.Contains("is written by another worker", StringComparison.Ordinal) && log.Contains("waiting", StringComparison.Ordinal));
        Assert.Contains(logs, log => log.Contains("Took the write lease", StringComparison.Ordinal));
        var flags = await dovecot.FlagsAsync();
        Assert.Equal(FirstMails + LaterMails, flags.Count(f => f.Keywords.Contains("$SheetLeads")));
    }

    private static IEnumerable<string> Mails(int first, int count) => Enumerable.Range(first, count).Select(i =>
        EndToEnd.Mails.Enquiry($"twice{i}@example.com", $"Customer {i} <customer{i}@example.com>", $"Quote {i}", $"Please quote for job {i}."));

    private static async Task UntilRowsAsync(GoogleWorkspace w, int rows)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (w.Read().Rows.Count < rows && DateTime.UtcNow < until)
            await Task.Delay(500);
    }

    /// <summary>A worker process left running, its log kept.</summary>
    private sealed class Running
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private Running(Process process)
        {
            _process = process;
            process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
        }

        public string Log
        {
            get { lock (_log) return _log.ToString(); }
        }

        public static Running Start(Workspace workspace, IReadOnlyDictionary<string, string> environment) =>
            new(workspace.Start(environment, "run"));

        public void Stop()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }
    }
}
