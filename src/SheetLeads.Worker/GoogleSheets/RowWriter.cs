using Microsoft.Extensions.Logging;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// Writes every change to existing rows in one <c>values.batchUpdateByDataFilter</c> (RAW), each row through its
/// anchor, each cell resolved against what the row held just before (a fill only into an empty cell; a person's
/// formula never written over). Writing the same values twice changes nothing, so it is retried freely.
/// </summary>
internal sealed class RowWriter(SheetsClient client, ILogger logger)
{
    /// <summary>What the write did.</summary>
    /// <param name="Written">Cells written.</param>
    /// <param name="LeftAlone">Fills skipped because the cell was no longer empty, status moves because it no longer held the status planned from.</param>
    /// <param name="RowsNow">Where each written row is, by anchor key, as Google reported it.</param>
    /// <param name="DateCells">Cells (one-based row, zero-based column, column) that now hold one of the worker's dates.</param>
    public sealed record Outcome(int Written, int LeftAlone, IReadOnlyDictionary<string, int> RowsNow, IReadOnlyList<(int Row, int Column, LeadColumn Kind)> DateCells)
    {
        /// <summary>No row changes.</summary>
        public static Outcome None { get; } = new(0, 0, new Dictionary<string, int>(), []);
    }

    public async Task<Outcome> WriteAsync(IReadOnlyList<LocatedRow> rows, LeadsGrid grid, CancellationToken cancellationToken)
    {
        var map = grid.Snapshot.Columns;
        int written = 0, leftAlone = 0;
        var data = new List<DataFilterValueRange>();
        var dates = new List<(string Key, int Column, LeadColumn Kind)>();
        foreach (var row in rows)
        {
            var values = new Dictionary<int, object>();
            foreach (var change in row.Change.Changes)
            {
                if (map.PositionOf(change.Column) is not { } p)
                    continue;
                var current = p < row.Cells.Count ? row.Cells[p] : CellValue.Empty;
                var formula = grid.Formulas.Contains((row.ReadRow, p));
                var value = formula ? null : change.Resolve(current);
                if (value is null)
                {
                    if (change.LeftToPerson(current) || (change.Kind is CellChangeKind.Fill or CellChangeKind.ReplaceIf && formula))
                        leftAlone++;
                    continue;
                }
                values[p] = CellJson.ToRaw(value.Value);
                if (value.Value.Kind is CellKind.DateTime or CellKind.Date)
                    dates.Add((row.Key, p, change.Column));
                written++;
            }
            if (values.Count == 0)
                continue;
            var line = new object?[values.Keys.Max() + 1];
            foreach (var (p, v) in values)
                line[p] = v;
            data.Add(new DataFilterValueRange { DataFilter = RowLocator.Lookup(row.Key), MajorDimension = "ROWS", Values = [line] });
        }
        var rowsNow = rows.ToDictionary(r => r.Key, r => r.RowNumber);
        if (data.Count == 0)
            return new Outcome(0, leftAlone, rowsNow, []);

        var response = await client.WriteAsync(new BatchUpdateValuesByDataFilter(client.Api, client.SpreadsheetId, new BatchUpdateValuesByDataFilterRequest
        {
            Data = data,
            ValueInputOption = "RAW",
            IncludeValuesInResponse = true,
            ResponseValueRenderOption = "UNFORMATTED_VALUE",
            ResponseDateTimeRenderOption = "SERIAL_NUMBER",
        }), applied: null, cancellationToken);

        var idColumn = map.PositionOf(LeadColumn.LeadId) ?? 0;
        foreach (var answer in response.Responses ?? [])
        {
            if (answer.DataFilter?.DeveloperMetadataLookup?.MetadataValue is not { } key || A1.Rows(answer.UpdatedRange) is not { } at)
                continue;
            rowsNow[key] = at.First;
            var idNow = answer.UpdatedData?.Values?.FirstOrDefault() is { } cells && idColumn < cells.Count ? CellJson.FromValues(cells[idColumn], null).AsText().Trim() : "";
            if (idNow != key && !key.StartsWith("typed-row-", StringComparison.Ordinal))
                logger.RowMovedDuringWrite(key, at.First, idNow);
        }
        var dateCells = dates.Select(d => (rowsNow[d.Key], d.Column, d.Kind)).ToArray();
        return new Outcome(written, leftAlone, rowsNow, dateCells);
    }
}
