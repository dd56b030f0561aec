using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

public sealed class SyncCycleIdTakenTests
{
    [Fact]
    public async Task A_lead_id_a_person_typed_between_read_and_write_is_not_issued_twice()
    {
        var sheet = Some.Sheet(Some.LeadRow(id: "L-000001", email: "someone@example.com"));
        sheet.BeforeNextWrite(s => s.InsertAtTop(Some.LeadRow(id: "L-000002", name: "Walk In", email: "walk.in@example.com", refs: "")));
        var state = new InMemoryWorkerState();
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "ann@example.com"));
        var cycle = new SyncCycle([site], sheet, state, Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

        var report = await cycle.RunAsync(CancellationToken.None);

        Assert.True(report.Succeeded);
        Assert.Equal(["L-000002", "L-000001", "L-000003"], sheet.LeadIds);
        Assert.Equal("site:sub-1", sheet.Text("L-000003", LeadColumn.Ref));
        Assert.Equal(Some.Id("L-000003"), Assert.Single(report.Outcomes).Lead);
        Assert.Equal(Some.Id("L-000003"), state.HighestIssued);
    }
}
