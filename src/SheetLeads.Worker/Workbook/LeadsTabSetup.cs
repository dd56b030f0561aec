using DocumentFormat.OpenXml.Packaging;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Lays out the Leads tab for <c>init</c> (SPEC §4): the default header on an empty tab, or the known columns it
/// lacks added after the last used column; bold header cells, column widths and date formats for the columns it
/// writes; a frozen header row, a filter and dropdowns where the tab has none. It never removes, renames or moves
/// anything, and a second run finds nothing to do.
/// </summary>
internal sealed class LeadsTabSetup(WorkbookPart workbook, SheetLayout layout)
{
    /// <summary>Prepares <paramref name="tab"/>.</summary>
    /// <exception cref="SheetLayoutException">Row 1 is empty while rows below it hold data.</exception>
    public SetupOutcome Prepare(LeadsTab tab)
    {
        var styles = new WorkbookStyles(workbook);
        var reader = new CellReader(workbook, styles);
        var writer = new CellWriter(styles, reader.Date1904);
        var done = new List<string>();
        var notes = new List<string>();

        var header = tab.Header(reader);
        var written = new List<int>();
        if (header.Count == 0)
        {
            if (tab.LastOccupiedRow(reader) > 1)
                throw new SheetLayoutException(
                    $"Row 1 of the {tab.Name} tab is empty but rows below it hold data, so SheetLeads cannot tell which column is which. " +
                    $"Type the header into row 1 (the usual one is: {string.Join(" | ", layout.Header)}) and run init again.");
            for (var i = 0; i < layout.Header.Count; i++)
                written.Add(WriteHeader(tab, writer, styles, i, layout.Header[i]));
            done.Add($"Wrote the header row of {tab.Name}");
        }
        else
        {
            var next = Math.Max(header.Count, tab.UsedWidth(reader));
            foreach (var column in ColumnMap.FromHeader(header).Missing)
            {
                written.Add(WriteHeader(tab, writer, styles, next++, LeadColumns.HeaderOf(column)));
                done.Add($"Added column '{LeadColumns.HeaderOf(column)}' to {tab.Name}");
            }
        }

        header = tab.Header(reader);
        var map = ColumnMap.FromHeader(header);
        foreach (var position in written)
        {
            var known = Enum.GetValues<LeadColumn>().Where(c => map.PositionOf(c) == position).Select(c => (LeadColumn?)c).FirstOrDefault();
            var width = known is { } k ? SheetLayout.WidthOf(k) : 12;
            ColumnLook.Ensure(tab.Worksheet, position, width, ColumnStyle(styles, known));
        }

        if (FrozenHeader.Ensure(tab.Worksheet))
            done.Add($"Froze the header row of {tab.Name}");
        switch (HeaderFilter.Ensure(workbook, tab, header.Count, tab.LastOccupiedRow(reader)))
        {
            case HeaderFilter.Change.Added:
                done.Add($"Added a filter to the header row of {tab.Name}");
                break;
            case HeaderFilter.Change.Widened:
                done.Add($"Widened the filter of {tab.Name} to its new columns");
                break;
        }
        AddDropdowns(tab, map, done, notes);
        return new SetupOutcome(done, notes);
    }

    private void AddDropdowns(LeadsTab tab, ColumnMap map, List<string> done, List<string> notes)
    {
        var added = new List<string>();
        foreach (var (column, values) in DropdownValues())
        {
            if (values.Count == 0 || map.PositionOf(column) is not { } position)
                continue;
            switch (Dropdowns.Ensure(tab.Worksheet, position, values))
            {
                case Dropdowns.Change.Added:
                    added.Add(LeadColumns.HeaderOf(column));
                    break;
                case Dropdowns.Change.Impossible:
                    notes.Add($"Left out the {LeadColumns.HeaderOf(column)} dropdown of {tab.Name}: a dropdown list holds at most 255 characters " +
                              "and no value may contain a comma; shorten the configured values to get one.");
                    break;
            }
        }
        if (added.Count > 0)
            done.Add($"Added dropdowns for {Words(added)} to {tab.Name}");
    }

    private IEnumerable<(LeadColumn Column, IReadOnlyList<string> Values)> DropdownValues() =>
    [
        (LeadColumn.Status, layout.Statuses),
        (LeadColumn.Owner, layout.Owners),
        (LeadColumn.Temperature, layout.Temperatures),
        (LeadColumn.LostReason, layout.LostReasons),
    ];

    private static int WriteHeader(LeadsTab tab, CellWriter writer, WorkbookStyles styles, int position, string text)
    {
        var cell = tab.CellAtOrNew(1, position);
        writer.Write(cell, CellValue.Text(text));
        var bold = styles.Bold(cell.StyleIndex?.Value ?? 0);
        cell.StyleIndex = bold == 0 ? null : bold;
        return position;
    }

    private static uint ColumnStyle(WorkbookStyles styles, LeadColumn? column) => column switch
    {
        { } c when LeadColumns.IsDateTime(c) => styles.WithFormat(0, WorkbookStyles.DateTimeCode),
        LeadColumn.NextContact => styles.WithFormat(0, WorkbookStyles.DateCode),
        _ => 0,
    };

    private static string Words(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
