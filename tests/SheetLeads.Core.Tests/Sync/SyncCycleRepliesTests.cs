using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

/// <summary>SPEC §4: the replies a mailbox channel reads from its Sent folder reach the plan, and only replies to customers count.</summary>
public sealed class SyncCycleRepliesTests
{
    private readonly FakeTimeProvider _clock = new(Some.Now);

    private readonly InMemoryLeadSheet _sheet = Some.Sheet(
        Some.LeadRow(id: "L-000012", received: "2026-11-23 09:00", email: "sophie@example.com", status: "New", refs: "enquiries:m1@example.com", flag: "No response 3h"));

    private Task<CycleReport> RunAsync(FakeChannel channel) =>
        new SyncCycle([channel], _sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), _clock, new SyncLimits()).RunAsync(CancellationToken.None);

    [Fact]
    public async Task A_reply_the_mailbox_read_stamps_its_lead_and_is_reported_without_counting_as_taken_in()
    {
        var channel = new FakeChannel("enquiries", "Email");
        channel.Replies.Add(Some.Reply(sent: "2026-11-23 09:20", to: ["sophie@example.com"], origin: "Sent UID 4"));

        var report = await RunAsync(channel);

        Assert.StartsWith("sync ok: taken=0 created=0", report.SummaryLine(), StringComparison.Ordinal);
        Assert.Equal("Sent UID 4", report.Answered[Some.Id("L-000012")].Origin);
        Assert.Equal("Contacted", _sheet.Text("L-000012", LeadColumn.Status));
        Assert.Equal(CellValue.DateTime(Some.Local("2026-11-23 09:20")), _sheet.Cell("L-000012", LeadColumn.FirstResponse));
    }

    [Fact]
    public async Task A_mail_only_to_colleagues_in_the_leads_thread_has_not_answered_the_customer()
    {
        var channel = new FakeChannel("enquiries", "Email");
        channel.Replies.Add(Some.Reply(to: ["bob@brightpath.co.uk", "alice@sales.brightpath.co.uk"], thread: ["m1@example.com"]));

        var report = await RunAsync(channel);

        Assert.Empty(report.Answered);
        Assert.Equal("New", _sheet.Text("L-000012", LeadColumn.Status));
        Assert.True(_sheet.Cell("L-000012", LeadColumn.FirstResponse).IsEmpty);
    }
}
