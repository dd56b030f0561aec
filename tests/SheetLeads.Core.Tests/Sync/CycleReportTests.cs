using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class CycleReportTests
{
    private static ItemOutcome Outcome(OutcomeKind kind, int n) =>
        new(Some.Enquiry(reference: $"mail:m{n}@x.example"), kind, kind is OutcomeKind.Created or OutcomeKind.Merged ? new LeadId(n) : null);

    private static ItemOutcome Skipped(SkipReason reason, int n) =>
        new(Some.Skip(reference: $"mail:s{n}@x.example", reason: reason), OutcomeKind.Skipped);

    private static readonly ItemOutcome[] SpecExample =
    [
        .. Enumerable.Range(1, 25).Select(n => Outcome(OutcomeKind.Created, n)),
        .. Enumerable.Range(26, 7).Select(n => Outcome(OutcomeKind.Merged, n)),
        .. Enumerable.Range(33, 2).Select(n => Outcome(OutcomeKind.Duplicate, n)),
        Skipped(SkipReason.Unparseable, 1), Skipped(SkipReason.Bulk, 2), Skipped(SkipReason.AutoReply, 3),
        Skipped(SkipReason.OwnDomain, 4), Skipped(SkipReason.Bounce, 5), Skipped(SkipReason.AutoReply, 6), Skipped(SkipReason.Bulk, 7),
    ];

    [Fact]
    public void The_summary_line_is_the_one_spec_gives()
    {
        var report = new CycleReport { Outcomes = SpecExample, Flagged = 3, ApiCalls = 3, Duration = TimeSpan.FromMilliseconds(412.7) };

        var line = report.SummaryLine();

        Assert.Equal(
            "sync ok: taken=41 created=25 merged=7 duplicate=2 skipped=7 (auto-reply=2 bounce=1 bulk=2 own-domain=1 unparseable=1) flagged=3 api_calls=3 duration=412ms",
            line);
    }

    [Fact]
    public void A_cycle_where_something_failed_says_sync_failed()
    {
        var report = new CycleReport
        {
            Outcomes = SpecExample, Flagged = 3, ApiCalls = 3, Duration = TimeSpan.FromMilliseconds(412),
            Failures = [new CycleFailure("quote", "Typeform answered 401 Unauthorized.")],
        };

        var line = report.SummaryLine();

        Assert.Equal(
            "sync failed: taken=41 created=25 merged=7 duplicate=2 skipped=7 (auto-reply=2 bounce=1 bulk=2 own-domain=1 unparseable=1) flagged=3 api_calls=3 duration=412ms",
            line);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void A_cycle_without_skips_lists_no_reasons()
    {
        var report = new CycleReport { Outcomes = [Outcome(OutcomeKind.Created, 1)], ApiCalls = 2, Duration = TimeSpan.FromMilliseconds(5) };

        Assert.Equal("sync ok: taken=1 created=1 merged=0 duplicate=0 skipped=0 flagged=0 api_calls=2 duration=5ms", report.SummaryLine());
    }

    [Fact]
    public void Every_item_taken_is_exactly_one_of_created_merged_duplicate_or_skipped()
    {
        var report = new CycleReport { Outcomes = SpecExample };

        Assert.Equal(report.Taken, report.Created + report.Merged + report.Duplicate + report.Skipped);
        Assert.Equal(report.Skipped, report.SkipCounts.Sum(s => s.Count));
    }

    [Fact]
    public void A_problem_with_a_single_item_also_fails_the_cycle()
    {
        var report = new CycleReport { Problems = [new CycleFailure("enquiries", "UID 42 could not be fetched; retried next cycle.")] };

        Assert.StartsWith("sync failed: ", report.SummaryLine(), StringComparison.Ordinal);
    }
}
