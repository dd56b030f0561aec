using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>Issue 5: <c>check</c> names what a mail server lacks (IDLE, keywords) in plain words, and nothing on a server that has it all.</summary>
public sealed class ImapCheckTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public ImapCheckTests() => _workspace.Config["SheetLeads"]!["Channels"] = new System.Text.Json.Nodes.JsonArray();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_server_with_IDLE_and_keywords_gets_a_clean_check()
    {
        await using var dovecot = await PrivateDovecot.StartAsync();

        var check = await _workspace.RunAsync(dovecot.ChannelSettings(0), "check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("ok   channel enquiries: test logs in to 127.0.0.1", check.Stdout);
        Assert.DoesNotContain("channel enquiries marker", check.Stdout);
        Assert.DoesNotContain("channel enquiries IDLE", check.Stdout);
    }

    [Fact]
    public async Task A_server_without_IDLE_or_keywords_is_named_for_both_and_sync_warns_that_messages_stay_unmarked()
    {
        await using var dovecot = await PrivateDovecot.StartAsync(withoutIdle: true, withoutKeywords: true);
        await dovecot.AppendAsync("INBOX", Mails.Enquiry("n1@example.com", "Nia North <nia@example.com>", "Shower", "Shower leaks."));

        var check = await _workspace.RunAsync(dovecot.ChannelSettings(0), "check");
        var sync = await _workspace.SyncOnceAsync(dovecot.ChannelSettings(0));

        Assert.Contains("FAIL channel enquiries marker: INBOX does not keep the keyword $SheetLeads; set Marker to Seen or Move, or use a server that allows keywords", check.Stdout);
        Assert.Contains("channel enquiries IDLE: 127.0.0.1 has no IDLE: new mail is seen at the next poll (Sync:Interval)", check.Stdout);
        Assert.StartsWith("sync ok: taken=1 created=1", sync.SummaryLine);
        Assert.Contains("INBOX does not keep the keyword $SheetLeads, so messages taken in are not marked", sync.Stderr);
        Assert.DoesNotContain("$SheetLeads", Assert.Single(await dovecot.FlagsAsync()).Keywords);
    }
}
