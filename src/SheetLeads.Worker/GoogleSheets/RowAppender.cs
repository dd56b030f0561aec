using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// Adds every new lead in one <c>values.append</c> (RAW, INSERT_ROWS: rows are inserted after the table, so nothing
/// below is written over). An append whose answer is lost may have been applied: before sending it again, the
/// Lead ID column is read, and if the new Lead IDs are there the append is not repeated.
/// </summary>
internal sealed class RowAppender(SheetsClient client, string tab)
{
    /// <summary>Appends the rows; returns the one-based first row they landed on.</summary>
    public async Task<int> AppendAsync(IReadOnlyList<NewLeadRow> newRows, LeadsGrid grid, CancellationToken cancellationToken)
    {
        var map = grid.Snapshot.Columns;
        var width = Math.Max(grid.Snapshot.Header.Count, 1);
        var values = newRows.Select(row =>
        {
            var line = new object?[width];
            foreach (var (column, value) in row.Cells)
                if (!value.IsEmpty && map.PositionOf(column) is { } p && p < width)
                    line[p] = CellJson.ToRaw(value);
            return (IList<object?>)line;
        }).ToList();
        var range = $"{A1.Tab(tab)}!A1:{A1.Column(width - 1)}1";
        var request = new AppendValues(client.Api, client.SpreadsheetId, range, new ValueRange { MajorDimension = "ROWS", Values = values })
        {
            ValueInputOption = "RAW",
            InsertDataOption = "INSERT_ROWS",
        };
        var ids = newRows.Select(r => r.Id.ToString()).ToArray();
        var response = await client.WriteAsync(request, ct => LandedAsync(ids, map, ct), cancellationToken);
        return A1.Rows(response.Updates?.UpdatedRange)?.First
               ?? throw new SheetUnavailableException($"Google did not say where the {newRows.Count} new rows went in {tab}; the next cycle reads the sheet again.");
    }

    // The append is all or nothing: if the first new Lead ID is in the sheet, every one is.
    private async Task<AppendValuesResponse?> LandedAsync(string[] ids, ColumnMap map, CancellationToken cancellationToken)
    {
        var column = map.PositionOf(LeadColumn.LeadId) ?? 0;
        var read = await client.ReadAsync(new BatchGetValues(client.Api, client.SpreadsheetId)
        {
            Ranges = new Google.Apis.Util.Repeatable<string>([A1.WholeColumn(tab, column)]),
            ValueRenderOption = "UNFORMATTED_VALUE",
        }, cancellationToken);
        var cells = read.ValueRanges?.FirstOrDefault()?.Values ?? [];
        var first = -1;
        for (var i = 0; i < cells.Count && first < 0; i++)
            if (cells[i].Count > 0 && Convert.ToString(cells[i][0], System.Globalization.CultureInfo.InvariantCulture)?.Trim() == ids[0])
                first = i + 1;
        return first < 0 ? null : new AppendValuesResponse { Updates = new UpdateValuesResponse { UpdatedRange = $"{A1.Tab(tab)}!A{first}:A{first + ids.Length - 1}" } };
    }
}
