using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Tests.GoogleSheets;

public sealed class GoogleReadTests
{
    private static readonly SheetLayout Layout = CoreSettings.Layout(new SheetOptions(),
        new BusinessOptions { TimeZone = "Europe/London", DefaultRegion = "GB" },
        new TeamOptions { Members = [new TeamMemberOptions { Name = "Alice Hart" }] });

    [Fact]
    public async Task An_unchanged_sheet_gives_back_the_same_snapshot_and_a_typed_cell_is_seen_at_the_next_read()
    {
        await using var google = await EmulatedGoogle.StartAsync(null, "Leads");
        var tab = google.Spreadsheet.Tab("Leads");
        tab.SetRows("A1", ["Lead ID", "Name", "Status"], ["L-000001", "Jane Smith", "New"], ["L-000002", "Tom Reed", "New"]);
        var state = new SqliteWorkerState(Path.Combine(google.Folder, "state.db"));
        using var sheet = new GoogleLeadSheet(google.Options(), Layout, state, state, TimeProvider.System, NullLogger<GoogleLeadSheet>.Instance);

        var first = await sheet.ReadAsync(CancellationToken.None);
        var again = await sheet.ReadAsync(CancellationToken.None);
        tab.Type("C3", "Contacted");
        var afterTyping = await sheet.ReadAsync(CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal(["New", "Contacted"], afterTyping.Rows.Select(r => afterTyping.Columns.Get(r.Cells, LeadColumn.Status).AsText()));
    }
}
