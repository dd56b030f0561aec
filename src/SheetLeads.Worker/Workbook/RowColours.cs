using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Paints row colours (SPEC §5): a solid fill across the table's columns of a flagged row, removed when its flag
/// clears. Only the rows named are touched, and a colour the team gave a cell of an unflagged row is kept.
/// </summary>
internal sealed class RowColours(LeadsTab tab, CellReader reader, WorkbookStyles styles)
{
    /// <summary>Colours each highlighted row found by its Lead ID; returns the Lead IDs of the rows coloured.</summary>
    /// <param name="highlights">The rows and their colours.</param>
    /// <param name="map">The tab's columns now.</param>
    /// <param name="width">How many columns the table spans (its header's width).</param>
    public IReadOnlyList<LeadId> Paint(IReadOnlyList<RowHighlight> highlights, ColumnMap map, int width)
    {
        if (highlights.Count == 0 || map.PositionOf(LeadColumn.LeadId) is not { } idColumn)
            return [];
        // After this plan's values are written, so new and adopted rows are found by their Lead IDs too.
        var rows = tab.Rows
            .Where(r => r.Number > 1)
            .Select(r => (r.Number, Id: LeadId.TryParse(reader.Read(LeadsTab.CellAt(r.Row, idColumn)).AsText(), out var id) ? id : null))
            .Where(r => r.Id is not null)
            .ToLookup(r => r.Id!.Value, r => r.Number);
        var painted = new List<LeadId>();
        foreach (var highlight in highlights)
        {
            // A Lead ID on no row or on several is not painted: a colour must never land on the wrong row.
            if (rows[highlight.Id].ToArray() is not [var number])
                continue;
            Paint(number, width, HighlightColours.Rgb(highlight.Highlight));
            painted.Add(highlight.Id);
        }
        return painted;
    }

    private void Paint(int number, int width, string? rgb)
    {
        if (rgb is null)
        {
            foreach (var cell in tab.RowAt(number)?.Elements<Cell>() ?? [])
                if (CellAddress.ColumnOf(cell.CellReference?.Value) < width)
                    Restyle(cell, styles.WithoutHighlight(cell.StyleIndex?.Value ?? 0));
            return;
        }
        for (var column = 0; column < width; column++)
        {
            var cell = tab.CellAtOrNew(number, column);
            Restyle(cell, styles.WithFill(cell.StyleIndex?.Value ?? 0, rgb));
        }
    }

    private static void Restyle(Cell cell, uint style) =>
        cell.StyleIndex = style == 0 ? null : style;
}
