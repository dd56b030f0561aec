using System.Diagnostics;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>SPEC §9: with IDLE, new mail reaches the sheet in seconds, not at the next poll.</summary>
public sealed class ImapIdleTests : MailboxTest
{
    public ImapIdleTests() => Workspace.Config["SheetLeads"]!["Sync"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "Interval": "00:10:00" }""");

    [Fact]
    public async Task Mail_arriving_while_the_worker_idles_is_in_the_sheet_within_five_seconds_though_the_poll_is_ten_minutes_away()
    {
        await Dovecot.AppendAsync("INBOX", Mails.Enquiry("d1@example.com", "Amy Able <amy@example.com>", "Gutter", "Leaking gutter."));
        await using var worker = RunningWorker.Start(Workspace, Dovecot.ChannelSettings(0));

        Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken=1 created=1") && worker.Logged("waiting with IDLE"), TimeSpan.FromSeconds(30)),
            "the first cycle ran and IDLE started\n" + worker);

        await Dovecot.AppendAsync("INBOX", Mails.Enquiry("d2@example.com", "Ben Brook <ben@example.com>", "Tap", "Dripping tap."));
        var clock = Stopwatch.StartNew();
        var arrived = await Eventually.TrueAsync(() => worker.Count("sync ok: taken=1 created=1") == 2, TimeSpan.FromSeconds(5));

        Assert.True(arrived, $"the new mail was not in the sheet after {clock.Elapsed.TotalSeconds:0.0} s\n{worker}");
        await worker.KillAsync();
        Assert.Equal("Ben Brook", (await LeadsTable.ReadAsync(Workspace.WorkbookPath)) is var leads ? leads.Cell(leads.Single(LeadColumn.Email, "ben@example.com"), LeadColumn.Name) : "");
    }
}
