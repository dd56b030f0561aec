using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>The formatting a cycle sends in its one formatting batchUpdate: anchors for new rows, date formats for
/// the worker's date cells, and row colours for rows whose flag changed (SPEC §5).</summary>
internal static class FormatRequests
{
    /// <summary>Anchors every new row to its Lead ID and gives its date cells a date format.</summary>
    public static IEnumerable<Request> ForNewRows(int sheetId, int firstRow, IReadOnlyList<NewLeadRow> rows, ColumnMap map)
    {
        for (var i = 0; i < rows.Count; i++)
            yield return RowLocator.Anchor(sheetId, firstRow + i, rows[i].Id.ToString());
        foreach (var column in Enum.GetValues<LeadColumn>())
            if (IsDate(column) && map.PositionOf(column) is { } p && rows.Any(r => r.Cells.TryGetValue(column, out var v) && !v.IsEmpty))
                yield return DateFormat(sheetId, firstRow, firstRow + rows.Count - 1, p, column);
    }

    /// <summary>A date format on rows <paramref name="first"/> to <paramref name="last"/> (one-based) of a column.</summary>
    public static Request DateFormat(int sheetId, int first, int last, int column, LeadColumn kind) => new()
    {
        RepeatCell = new RepeatCellRequest
        {
            Range = new GridRange { SheetId = sheetId, StartRowIndex = first - 1, EndRowIndex = last, StartColumnIndex = column, EndColumnIndex = column + 1 },
            Cell = new CellData { UserEnteredFormat = new CellFormat { NumberFormat = kind == LeadColumn.NextContact
                ? new NumberFormat { Type = "DATE", Pattern = "yyyy-mm-dd" }
                : new NumberFormat { Type = "DATE_TIME", Pattern = "yyyy-mm-dd hh:mm" } } },
            Fields = "userEnteredFormat.numberFormat",
        },
    };

    /// <summary>Paints a row (one-based) across the header's width in its highlight colour, or clears the colour.</summary>
    public static Request Colour(int sheetId, int row, int width, Highlight highlight) => new()
    {
        RepeatCell = new RepeatCellRequest
        {
            Range = new GridRange { SheetId = sheetId, StartRowIndex = row - 1, EndRowIndex = row, StartColumnIndex = 0, EndColumnIndex = width },
            Cell = new CellData
            {
                UserEnteredFormat = HighlightColours.Rgb(highlight) is { } rgb ? new CellFormat { BackgroundColor = Color.FromRgb(rgb) } : new CellFormat(),
            },
            Fields = "userEnteredFormat.backgroundColor",
        },
    };

    /// <summary>True for the columns holding the worker's (or the team's) dates.</summary>
    public static bool IsDate(LeadColumn column) =>
        column is LeadColumn.Received or LeadColumn.FirstResponse or LeadColumn.LastEnquiry or LeadColumn.NextContact;
}
