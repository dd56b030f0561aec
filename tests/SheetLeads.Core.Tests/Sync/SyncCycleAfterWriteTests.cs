using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

/// <summary>Once the sheet holds a cycle's leads, the rest of the cycle must not be lost or cut short.</summary>
public sealed class SyncCycleAfterWriteTests
{
    [Fact]
    public async Task A_channel_failing_unexpectedly_while_setting_markers_is_reported_and_the_others_are_still_acknowledged()
    {
        var mail = new FakeChannel("enquiries", "Email").With(Some.Form(id: "m-1", email: "a@example.com"));
        mail.AcknowledgeFailure = new InvalidOperationException("The folder was closed.");
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "b@example.com"));
        var cycle = Cycle(Some.Sheet(), new InMemoryWorkerState(), mail, site);

        var report = await cycle.RunAsync(CancellationToken.None);

        Assert.Single(site.Acknowledged);
        Assert.Empty(site.Pending);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("enquiries", problem.Where);
        Assert.Equal(2, report.Created);
        Assert.StartsWith("sync failed: taken=2 created=2 ", report.SummaryLine(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_arriving_during_the_sheet_write_still_records_what_the_sheet_now_holds()
    {
        using var stop = new CancellationTokenSource();
        var sheet = Some.Sheet();
        sheet.OnWrite = stop.Cancel;
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "a@example.com"));
        var cycle = Cycle(sheet, state, site);

        await Record.ExceptionAsync(() => cycle.RunAsync(stop.Token));

        var record = Assert.Single(state.Commits);
        Assert.Equal(Some.Id("L-000001"), record.HighestIssued);
        Assert.Contains(Some.Ref("site:sub-1"), state.Taken);
    }

    [Fact]
    public async Task A_lead_id_written_just_before_a_stop_is_never_issued_again_even_if_its_row_is_deleted()
    {
        using var stop = new CancellationTokenSource();
        var sheet = Some.Sheet();
        sheet.OnWrite = stop.Cancel;
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "a@example.com"));
        await Record.ExceptionAsync(() => Cycle(sheet, state, site).RunAsync(stop.Token));
        sheet.OnWrite = null;
        sheet.Delete("L-000001");
        site.With(Some.Form(id: "sub-2", email: "b@example.com"));

        var report = await Cycle(sheet, state, site).RunAsync(CancellationToken.None);

        Assert.Equal(["L-000002"], sheet.LeadIds);
        Assert.Equal(OutcomeKind.Created, report.Outcomes.Single(o => o.Item.Reference == Some.Ref("site:sub-2")).Kind);
        Assert.DoesNotContain(report.Outcomes, o => o.Item.Reference == Some.Ref("site:sub-1") && o.Kind == OutcomeKind.Created);
    }

    private static SyncCycle Cycle(InMemoryLeadSheet sheet, InMemoryWorkerState state, params IChannel[] channels) =>
        new(channels, sheet, state, Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());
}
