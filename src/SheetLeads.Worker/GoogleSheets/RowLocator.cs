using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// Finds the rows a plan changes, never by position alone (SPEC §4). Each changed row carries an anchor (row
/// developer metadata with its Lead ID) that Google moves with inserted and deleted rows; rows without a good
/// anchor get one. Just before the write, the anchored rows are read back through their anchors and each must
/// still hold its Lead ID (or, for a typed row, what it held) — which catches what the anchors do not promise
/// to follow, such as a sort. The write then goes through the same anchors.
/// </summary>
internal sealed class RowLocator(SheetsClient client, string tab, string location)
{
    /// <summary>The anchor key of each change and the row it was on when read.</summary>
    public static IReadOnlyList<(RowChange Change, string Key, int ReadRow)> Targets(SheetChangePlan plan, LeadsGrid grid)
    {
        var map = grid.Snapshot.Columns;
        var byId = grid.Snapshot.Rows
            .Select(r => (Row: r, Id: LeadId.TryParse(map.Get(r.Cells, LeadColumn.LeadId).AsText(), out var id) ? id : (LeadId?)null))
            .Where(r => r.Id is not null)
            .ToLookup(r => r.Id!.Value, r => r.Row.RowNumber);
        return plan.RowChanges.Select(change => change.Target switch
        {
            RowWithLeadId { Id: var id } => (change, id.ToString(), byId[id].FirstOrDefault()),
            TypedRow typed => (change, change.Changes.FirstOrDefault(c => c.Column == LeadColumn.LeadId)?.Value.AsText() is { Length: > 0 } given
                ? given : $"typed-row-{typed.RowNumber}", typed.RowNumber),
            _ => throw new SheetChangedException($"The plan names a row as {change.Target}, which the Google back end does not know."),
        }).ToArray();
    }

    /// <summary>
    /// The requests that give each target row one good anchor. An anchor is good when the read saw exactly one for
    /// the lead, on the lead's row, alone there; otherwise every anchor with the lead's value is deleted (wherever it
    /// is — also when the read could not see it), other leads' anchors left on the row are deleted, and a fresh one
    /// is made.
    /// </summary>
    public static IReadOnlyList<Request> Anchoring(IReadOnlyList<(RowChange Change, string Key, int ReadRow)> targets, LeadsGrid grid)
    {
        var requests = new List<Request>();
        var deleted = new HashSet<int>();
        foreach (var (_, key, row) in targets)
        {
            var own = grid.Anchors.Where(a => a.LeadId == key).ToArray();
            var onRow = grid.Anchors.Where(a => a.RowNumber == row).ToArray();
            if (row > 0 && own.Length == 1 && own[0].RowNumber == row && onRow.Length == 1)
                continue;
            requests.Add(new Request { DeleteDeveloperMetadata = new DeleteDeveloperMetadataRequest { DataFilter = Lookup(key) } });
            deleted.UnionWith(own.Select(a => a.MetadataId));
            foreach (var stale in onRow.Where(a => deleted.Add(a.MetadataId)))
                requests.Add(new Request { DeleteDeveloperMetadata = new DeleteDeveloperMetadataRequest { DataFilter = ById(stale.MetadataId) } });
            if (row > 0)
                requests.Add(Anchor(grid.SheetId, row, key));
        }
        return requests;
    }

    /// <summary>A request anchoring a one-based row to a Lead ID.</summary>
    public static Request Anchor(int sheetId, int row, string key) => new()
    {
        CreateDeveloperMetadata = new CreateDeveloperMetadataRequest
        {
            DeveloperMetadata = new DeveloperMetadata
            {
                MetadataKey = RowAnchor.Key,
                MetadataValue = key,
                Location = new DeveloperMetadataLocation { DimensionRange = DimensionRange.Rows(sheetId, row - 1, row) },
                Visibility = "DOCUMENT",
            },
        },
    };

    /// <summary>The data filter selecting the row anchored to <paramref name="key"/>.</summary>
    public static DataFilter Lookup(string key) => new()
    {
        DeveloperMetadataLookup = new DeveloperMetadataLookup { MetadataKey = RowAnchor.Key, MetadataValue = key, LocationType = "ROW" },
    };

    /// <summary>Reads every target row through its anchor, with the header, and checks each is still its lead's row.</summary>
    /// <exception cref="SheetChangedException">A row is gone, doubled or holds another lead now, or the header changed.</exception>
    public async Task<IReadOnlyList<LocatedRow>> VerifyAsync(IReadOnlyList<(RowChange Change, string Key, int ReadRow)> targets, LeadsGrid grid, CancellationToken cancellationToken)
    {
        var header = new DataFilter { A1Range = A1.Row(tab, 1) };
        var response = await client.ReadAsync(new BatchGetValuesByDataFilter(client.Api, client.SpreadsheetId, new BatchGetValuesByDataFilterRequest
        {
            DataFilters = [header, .. targets.Select(t => Lookup(t.Key)).DistinctBy(f => f.DeveloperMetadataLookup!.MetadataValue)],
            MajorDimension = "ROWS",
            ValueRenderOption = "UNFORMATTED_VALUE",
            DateTimeRenderOption = "SERIAL_NUMBER",
        }), cancellationToken);

        var map = grid.Snapshot.Columns;
        var columns = ColumnsOf(map, grid.Snapshot.Header.Count);
        var found = new Dictionary<string, List<(int Row, IReadOnlyList<CellValue> Cells)>>();
        IReadOnlyList<string>? headerNow = null;
        foreach (var matched in response.ValueRanges ?? [])
        {
            var values = matched.ValueRange?.Values?.FirstOrDefault() ?? [];
            var filter = matched.DataFilters?.FirstOrDefault();
            if (filter?.A1Range is not null)
            {
                headerNow = values.Select(v => CellJson.FromValues(v, null).AsText()).ToArray();
                continue;
            }
            if (filter?.DeveloperMetadataLookup?.MetadataValue is not { } key || A1.Rows(matched.ValueRange?.Range) is not { } rows)
                continue;
            var cells = Enumerable.Range(0, columns.Length).Select(c => c < values.Count ? CellJson.FromValues(values[c], columns[c]) : CellValue.Empty).ToArray();
            if (!found.TryGetValue(key, out var list))
                found[key] = list = [];
            if (list.All(r => r.Row != rows.First))
                list.Add((rows.First, cells));
        }

        if (headerNow is null || !SameHeader(grid.Snapshot.Header, headerNow))
            throw Changed("its header row changed");
        var located = new List<LocatedRow>(targets.Count);
        foreach (var (change, key, readRow) in targets)
        {
            // The write goes to every row the anchor marks, so exactly one row may carry it, and it must hold the lead.
            var marked = found.GetValueOrDefault(key) ?? [];
            if (marked.Count != 1)
                throw Changed(marked.Count == 0 ? $"the row of {change.Target} is gone" : $"{change.Target} is marked on {marked.Count} rows");
            var (row, cells) = marked[0];
            if (!Holds(change, key, map, cells))
                throw Changed($"row {row}, marked as {change.Target}'s, holds {Describe(map, cells)} now (rows were moved)");
            located.Add(new LocatedRow(change, key, readRow, row, cells));
        }
        return located;
    }

    private static bool Holds(RowChange change, string key, ColumnMap map, IReadOnlyList<CellValue> cells)
    {
        var idNow = map.Get(cells, LeadColumn.LeadId).AsText().Trim();
        return change.Target switch
        {
            RowWithLeadId => idNow == key,
            TypedRow typed => idNow == key || idNow.Length == 0 && RowFingerprint.Of(cells) == typed.Fingerprint,
            _ => false,
        };
    }

    private static string Describe(ColumnMap map, IReadOnlyList<CellValue> cells) =>
        map.Get(cells, LeadColumn.LeadId).AsText().Trim() is { Length: > 0 } id ? id : "something else";

    /// <summary>Each header position's known column, if any.</summary>
    public static LeadColumn?[] ColumnsOf(ColumnMap map, int width)
    {
        var columns = new LeadColumn?[width];
        foreach (var column in Enum.GetValues<LeadColumn>())
            if (map.PositionOf(column) is { } p && p < width)
                columns[p] = column;
        return columns;
    }

    private static bool SameHeader(IReadOnlyList<string> read, IReadOnlyList<string> now)
    {
        var width = Math.Max(read.Count, now.Count);
        for (var i = 0; i < width; i++)
            if (!ColumnMap.Clean(i < read.Count ? read[i] : "").Equals(ColumnMap.Clean(i < now.Count ? now[i] : ""), StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    private static DataFilter ById(int metadataId) => new() { DeveloperMetadataLookup = new DeveloperMetadataLookup { MetadataId = metadataId } };

    private SheetChangedException Changed(string what) =>
        new($"The {tab} tab of {location} changed since it was read: {what}. Nothing was written to the rows; the next attempt reads the sheet again.");
}
