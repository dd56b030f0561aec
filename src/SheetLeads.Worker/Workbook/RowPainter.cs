using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Paints the row colours of SPEC §5: each highlighted lead's row, found by its Lead ID as the tab holds it after the
/// values were written, gets its flag's fill across the table's columns; <see cref="Highlight.None"/> takes the fill
/// away. Rows not named are not touched.
/// </summary>
internal sealed class RowPainter(LeadsTab tab, CellReader reader, WorkbookStyles styles)
{
    public void Paint(IReadOnlyList<RowHighlight> highlights, int idColumn, int width)
    {
        if (highlights.Count == 0)
            return;
        var rowsById = new Dictionary<LeadId, int>();
        var repeated = new HashSet<LeadId>();
        foreach (var (number, row) in tab.Rows.Where(r => r.Number > 1))
            if (LeadId.TryParse(reader.Read(LeadsTab.CellAt(row, idColumn)).AsText().Trim(), out var id) && id is { } leadId
                && !rowsById.TryAdd(leadId, number))
                repeated.Add(leadId);
        foreach (var highlight in highlights)
        {
            // A Lead ID on two rows names neither: colouring the wrong one would say something false.
            if (!rowsById.TryGetValue(highlight.Id, out var number) || repeated.Contains(highlight.Id))
                continue;
            var rgb = HighlightColours.Rgb(highlight.Highlight);
            for (var column = 0; column < width; column++)
            {
                var cell = rgb is null ? LeadsTab.CellAt(tab.RowAt(number), column) : tab.CellAtOrNew(number, column);
                if (cell is null)
                    continue;
                var style = styles.Filled(cell.StyleIndex?.Value ?? 0, rgb);
                cell.StyleIndex = style == 0 ? null : style;
            }
        }
    }
}
