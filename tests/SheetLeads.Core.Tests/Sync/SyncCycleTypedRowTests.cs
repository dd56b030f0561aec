using Microsoft.Extensions.Time.Testing;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Sync;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sync;

/// <summary>Typed rows have no identity but their content, so people editing the tab must not send a write astray.</summary>
public sealed class SyncCycleTypedRowTests
{
    private static SyncCycle Cycle(InMemoryLeadSheet sheet, params IChannel[] channels) =>
        new(channels, sheet, new InMemoryWorkerState(), Some.Intake, Some.Planner(), new FakeTimeProvider(Some.Now), new SyncLimits());

    [Fact]
    public async Task A_typed_row_deleted_between_read_and_write_is_not_adopted_and_the_rest_is_still_written()
    {
        var sheet = Some.Sheet(
            Some.LeadRow(id: "L-000001", email: "zoe@example.com"),
            Some.TypedRow(name: "Mia Brown", phone: "07700 900555"));
        sheet.BeforeNextWrite(s => s.DeleteAt(1));
        var site = new FakeChannel("site", "Website form").With(Some.Form(id: "sub-1", email: "zoe@example.com"));

        var report = await Cycle(sheet, site).RunAsync(CancellationToken.None);

        Assert.True(report.Succeeded);
        Assert.Equal(0, report.Adopted);
        Assert.Equal(["L-000001"], sheet.LeadIds);
        Assert.Equal(CellValue.Number(2), sheet.Cell("L-000001", LeadColumn.Enquiries));
    }

    [Fact]
    public async Task Two_identical_typed_rows_sorted_between_read_and_write_are_each_adopted_once()
    {
        var sheet = Some.Sheet(
            Some.TypedRow(name: "Mia Brown", phone: "07700 900555"),
            Some.LeadRow(id: "L-000001", name: "Adam Zane", email: "adam@example.com"),
            Some.TypedRow(name: "Mia Brown", phone: "07700 900555"));
        sheet.BeforeNextWrite(s => s.SortBy(LeadColumn.Name));

        var report = await Cycle(sheet).RunAsync(CancellationToken.None);

        Assert.Equal(2, report.ApiCalls);
        Assert.Equal(2, report.Adopted);
        Assert.Equal(["L-000001", "L-000002", "L-000003"], sheet.LeadIds.Order(StringComparer.Ordinal));
        Assert.Equal("Possible duplicate of L-000002", sheet.Text("L-000003", LeadColumn.Flag));
    }
}
