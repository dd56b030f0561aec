using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8 item 2, the mailbox side of the fault matrix: the mailbox password is changed under a running worker. The
/// log and the channel's health say the login is refused; once the password is put back the same process takes in
/// what arrived meanwhile, once.
/// </summary>
public sealed class MailboxFaultTests
{
    [Fact]
    public async Task A_changed_mailbox_password_is_named_in_the_log_and_channel_health_and_the_running_worker_recovers_once_it_is_put_back()
    {
        await using var dovecot = await PrivateDovecot.StartAsync(withoutIdle: true);
        using var files = new Workspace();
        files.Config["SheetLeads"]!["Channels"] = new JsonArray();
        files.Config["SheetLeads"]!["Sync"] = new JsonObject { ["Interval"] = "00:00:10" };
        await dovecot.DeliverAsync([Mails.Enquiry("before@example.com", "Ann Lee <ann@example.com>", "Boiler", "The boiler is off.")]);
        await using var worker = RunningWorker.Start(files, new Dictionary<string, string>(dovecot.ChannelSettings(0)));
        Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken=1 created=1"), TimeSpan.FromSeconds(60)), worker.Log);

        await dovecot.ChangePasswordAsync("changed-by-the-owner");
        await dovecot.DeliverAsync([Mails.Enquiry("during@example.com", "Bo Chan <bo@example.com>", "Tap", "The tap drips.")]);
        Assert.True(await Eventually.TrueAsync(() => worker.Logged("refused the login of test"), TimeSpan.FromSeconds(60)), worker.Log);
        string? lastError = null; // recorded just after the cycle's log line
        Assert.True(await Eventually.TrueAsync(async () => (lastError = (await RecordedHealth.OfAsync(files, "enquiries"))?.LastError)?.Contains("refused the login of test", StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(10)), lastError);
        await dovecot.ChangePasswordAsync(PrivateDovecot.Password);
        Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken=1 created=1") && worker.Count("sync ok: taken=1 created=1") >= 2, TimeSpan.FromSeconds(60)), worker.Log);
        await worker.KillAsync();

        Assert.Equal(1, worker.Count("SheetLeads run: config"));
        var leads = await LeadsTable.ReadAsync(files.WorkbookPath);
        Assert.Equal(["ann@example.com", "bo@example.com"], leads.Column(LeadColumn.Email).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("changed-by-the-owner", worker.Log);
    }
}
