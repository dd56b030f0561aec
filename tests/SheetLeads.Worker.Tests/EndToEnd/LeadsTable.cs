using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>The Leads tab of a workbook as text, read with the worker's own reader, looked up by column.</summary>
internal sealed class LeadsTable
{
    private LeadsTable(SheetSnapshot snapshot) => Snapshot = snapshot;

    public SheetSnapshot Snapshot { get; }

    public int Count => Snapshot.Rows.Count;

    public static async Task<LeadsTable> ReadAsync(string path)
    {
        using var workbook = new WorkbookLeadSheet(path, new SheetLayout("Leads", "Summary", [], [], []), NullLogger<WorkbookLeadSheet>.Instance);
        return new LeadsTable(await workbook.ReadAsync(CancellationToken.None));
    }

    public string Cell(SheetRow row, LeadColumn column) => Snapshot.Columns.Get(row.Cells, column).AsText();

    public CellValue Value(SheetRow row, LeadColumn column) => Snapshot.Columns.Get(row.Cells, column);

    public SheetRow Single(LeadColumn column, string value) =>
        Assert.Single(Snapshot.Rows, r => Cell(r, column) == value);

    public IEnumerable<string> Column(LeadColumn column) => Snapshot.Rows.Select(r => Cell(r, column));
}
