using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>What one read of the Leads tab saw: the snapshot for Core, and what the writes need (the tab's id and
/// size, which cells hold a person's formula, the row anchors and the lease).</summary>
internal sealed class LeadsGrid
{
    private LeadsGrid(SheetSnapshot snapshot, int sheetId, IReadOnlySet<(int Row, int Column)> formulas,
        IReadOnlyList<RowAnchor> anchors, DeveloperMetadata? lease)
    {
        Snapshot = snapshot;
        SheetId = sheetId;
        Formulas = formulas;
        Anchors = anchors;
        LeaseEntry = lease;
        Lease = LeaseRecord.Parse(lease?.MetadataValue);
    }

    public SheetSnapshot Snapshot { get; }

    public int SheetId { get; }

    /// <summary>Cells (one-based row, zero-based column) holding a formula: a person's, never written over.</summary>
    public IReadOnlySet<(int Row, int Column)> Formulas { get; }

    public IReadOnlyList<RowAnchor> Anchors { get; }

    /// <summary>The lease entry as read, if any.</summary>
    public DeveloperMetadata? LeaseEntry { get; }

    public LeaseRecord? Lease { get; }

    /// <summary>The fields a cycle's read asks for: values, whether a formula was typed, row metadata and the spreadsheet's metadata.</summary>
    public const string Fields =
        "developerMetadata(metadataId,metadataKey,metadataValue)," +
        "sheets(properties(sheetId,title)," +
        "data(startRow,rowData(values(userEnteredValue/formulaValue,effectiveValue)),rowMetadata(developerMetadata(metadataId,metadataKey,metadataValue))))";

    /// <summary>Reads the answer of <c>spreadsheets.get</c> for the Leads tab.</summary>
    public static LeadsGrid? From(GridRead read, string tab, string location)
    {
        if (SheetTabs.Find(read.Sheets, tab) is not { } sheet)
            return null;
        var start = sheet.StartRow;
        var rowData = sheet.Rows;
        GridCell[] RowAt(int index) => index < rowData.Count ? rowData[index] : [];

        var header = start == 0 && rowData.Count > 0 ? SheetTabs.Header(RowAt(0)) : [];
        var map = ColumnMap.FromHeader(header);
        var columns = new LeadColumn?[header.Count];
        foreach (var column in Enum.GetValues<LeadColumn>())
            if (map.PositionOf(column) is { } p)
                columns[p] = column;

        var rows = new List<SheetRow>(rowData.Count);
        var formulas = new HashSet<(int, int)>();
        for (var i = Math.Max(1 - start, 0); i < rowData.Count; i++)
        {
            var number = start + i + 1;
            var values = rowData[i];
            var cells = new CellValue[header.Count];
            for (var c = 0; c < cells.Length && c < values.Length; c++)
            {
                cells[c] = CellJson.FromSheet(values[c], columns[c]);
                if (values[c].IsFormula)
                    formulas.Add((number, c));
            }
            var row = new SheetRow(number, cells);
            if (!row.IsBlank)
                rows.Add(row);
        }

        var anchors = new List<RowAnchor>();
        foreach (var (index, entry) in sheet.RowMetadata)
            if (entry is { MetadataKey: RowAnchor.Key, MetadataId: { } id, MetadataValue: { } value })
                anchors.Add(new RowAnchor(id, value, start + index + 1));

        var lease = read.DeveloperMetadata.FirstOrDefault(m => m.MetadataKey == LeaseRecord.Key);
        return new LeadsGrid(new SheetSnapshot(location, header, rows, Team(read)), sheet.SheetId, formulas, anchors, lease);
    }

    // The Team tab, when the read asked for it and the sheet has one (SPEC §4).
    private static TeamRoster? Team(GridRead read)
    {
        if (SheetTabs.Find(read.Sheets, SheetLayout.TeamTab) is not { } sheet)
            return null;
        if (sheet.Rows.Count == 0)
            return new TeamRoster([]);
        var values = sheet.Rows.Select(r => (IReadOnlyList<CellValue>)r.Select(c => CellJson.FromSheet(c, null)).ToArray()).ToArray();
        return TeamRoster.Read(values[0].Select(v => v.AsText()).ToArray(), values.Skip(1));
    }
}
