using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class ChannelPollTests
{
    [Fact]
    public void Each_channel_gets_its_own_taken_and_skipped_counts_and_error()
    {
        var report = new CycleReport
        {
            ChannelsRead = ["mail", "site"],
            Outcomes =
            [
                new ItemOutcome(Some.Enquiry(reference: "mail:a@x.example"), OutcomeKind.Created, new LeadId(1)),
                new ItemOutcome(Some.Enquiry(reference: "mail:b@x.example"), OutcomeKind.Merged, new LeadId(1)),
                new ItemOutcome(Some.Enquiry(reference: "mail:c@x.example"), OutcomeKind.Duplicate),
                new ItemOutcome(Some.Skip(reference: "mail:d@x.example", reason: SkipReason.Bulk), OutcomeKind.Skipped),
                new ItemOutcome(Some.Skip(reference: "mail:e@x.example", reason: SkipReason.Bulk), OutcomeKind.Skipped),
                new ItemOutcome(Some.Enquiry(reference: "site:1"), OutcomeKind.Created, new LeadId(2)),
            ],
            Problems = [new CycleFailure("site", "sub-9.json is not JSON")],
            Failures = [new CycleFailure("quote", "401 Unauthorized")],
        };

        var polls = ChannelPoll.From(report, ["mail", "site", "quote"]);

        Assert.Equal([true, true, false], polls.Select(p => p.Completed));
        Assert.Equal([2, 1, 0], polls.Select(p => p.Taken));
        Assert.Equal(2, polls[0].Skipped[SkipReason.Bulk]);
        Assert.Equal([null, "sub-9.json is not JSON", "401 Unauthorized"], polls.Select(p => p.Error));
    }

    [Fact]
    public async Task A_cycle_whose_sheet_write_failed_read_its_channels_but_took_nothing_in()
    {
        var sheet = Some.Sheet();
        sheet.WritesFail = true;
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1001"));
        var mail = new FakeChannel("enquiries", "Email") { Failing = true };
        var cycle = new SyncCycle([site, mail], sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

        var report = await cycle.RunAsync(CancellationToken.None);
        var polls = ChannelPoll.From(report, ["site", "enquiries"]);

        Assert.Equal(["site"], report.ChannelsRead);
        Assert.True(polls[0].Completed);
        Assert.Equal(0, polls[0].Taken);
        Assert.False(polls[1].Completed);
        Assert.Equal("enquiries: connection refused by the server.", polls[1].Error);
    }
}
