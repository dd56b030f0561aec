using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>Issue 5: a mailbox of 5,000 enquiries is taken in with sheet writes that grow with the batches, not the messages.</summary>
public sealed class MailboxBackfillTests
{
    private const int Messages = 5000;

    [Fact]
    public async Task Five_thousand_messages_reach_the_Google_sheet_once_each_with_a_handful_of_writes_per_batch()
    {
        await using var dovecot = await PrivateDovecot.StartAsync();
        await using var w = await GoogleWorkspace.StartAsync();
        w.Google.Spreadsheet.AddTab("Team").SetRows("A1", ["Name", "Email", "Away"], ["Alice Hart", "", ""], ["Bob Singh", "", ""]); // as init adds it
        w.Files.Config["SheetLeads"]!["Channels"] = new System.Text.Json.Nodes.JsonArray();
        await dovecot.DeliverAsync(Enumerable.Range(1, Messages).Select(i =>
            Mails.Enquiry($"m{i}@example.com", $"Customer {i} <customer{i}@example.com>", $"Quote {i}", $"Please quote for job {i}.")));

        var cycles = new List<WorkerRun>();
        do
            cycles.Add(await w.SyncOnceAsync(dovecot.ChannelSettings(0)));
        while (cycles[^1].ExitCode == 0 && !cycles[^1].SummaryLine.StartsWith("sync ok: taken=0", StringComparison.Ordinal) && cycles.Count < 10);

        Assert.All(cycles, c => Assert.True(c.ExitCode == 0, c.ToString()));
        Assert.Equal(6, cycles.Count); // 5 batches of Sync:MaxBatch 1000, then a cycle with nothing new
        var leads = w.Read();
        Assert.Equal(Messages, leads.Rows.Count);
        Assert.Equal(Messages, leads.Rows.Select(r => leads.Cell(r, LeadColumn.Email)).Distinct().Count());
        Assert.All(cycles, c => Assert.Matches(@" api_calls=[1-5] ", c.SummaryLine));
        var writes = w.Google.Emulator.Requests.Writes;
        Assert.True(writes <= 5 * cycles.Count, $"{writes} sheet writes for {Messages} messages in {cycles.Count} cycles");
        var flags = await dovecot.FlagsAsync();
        Assert.Equal(Messages, flags.Count(f => f.Keywords.Contains("$SheetLeads") && !f.Flags.HasFlag(MailKit.MessageFlags.Seen)));
    }
}
