using DocumentFormat.OpenXml.Packaging;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Applies a change plan to the Leads tab as it is at write time (SPEC §4): columns found by today's header, rows
/// found by Lead ID or (for a typed row) by content, each change re-checked against the cell's current value, then
/// the rows whose flag changed coloured (SPEC §5). Every target is found before anything is changed; when one is
/// missing the plan is refused as a whole.
/// </summary>
internal sealed class PlanWriter(WorkbookPart workbook, LeadsTab tab, CellReader reader, WorkbookStyles styles, string location)
{
    private readonly CellWriter _writer = new(styles, reader.Date1904);

    /// <summary>What the write did, and which leads it touched (for the log).</summary>
    public sealed record Outcome(SheetWriteReport Report, IReadOnlyList<LeadId> Appended, IReadOnlyList<string> Updated, IReadOnlyList<LeadId> Coloured)
    {
        /// <summary>True when the file is as it was.</summary>
        public bool ChangedNothing => Report is { RowsAppended: 0, CellsWritten: 0 } && Coloured.Count == 0;
    }

    /// <summary>Applies the plan in memory; the caller saves the file.</summary>
    /// <exception cref="SheetChangedException">A planned row is gone, repeated or changed; nothing was applied.</exception>
    public Outcome Apply(SheetChangePlan plan)
    {
        var header = tab.Header(reader);
        var map = ColumnMap.FromHeader(header);
        if (map.MissingRequired is { Count: > 0 } missing)
            throw new SheetChangedException(
                $"The header row of the {tab.Name} tab in {location} changed since it was read: it has no " +
                $"{string.Join(", ", missing.Select(c => $"'{LeadColumns.HeaderOf(c)}'"))} column now; nothing was written.");
        var rows = tab.Rows
            .Where(r => r.Number > 1)
            .Select(r => new RowNow(r.Number, LeadsTab.Values(r.Row, reader, header.Count)))
            .Where(r => r.Cells.Any(c => !c.IsEmpty))
            .ToArray();
        var targets = new RowFinder(rows, map, tab.Name, location).FindAll(plan);

        int written = 0, leftAlone = 0;
        foreach (var change in plan.RowChanges)
        {
            var row = targets[change];
            foreach (var cellChange in change.Changes)
            {
                if (map.PositionOf(cellChange.Column) is not { } column)
                    continue;
                var cell = LeadsTab.CellAt(tab.RowAt(row.Number), column);
                var current = reader.Read(cell);
                var value = cellChange.Resolve(current);
                if (value is null || CellReader.HasFormula(cell))
                {
                    // A fill or a status move the team got to first, or a cell a person made a formula: theirs, left alone.
                    if (cellChange.LeftToPerson(current) || (cellChange.Kind is CellChangeKind.Fill or CellChangeKind.ReplaceIf && CellReader.HasFormula(cell)))
                        leftAlone++;
                    continue;
                }
                _writer.Write(cell ?? tab.CellAtOrNew(row.Number, column), value.Value);
                written++;
            }
        }

        var firstNew = tab.LastOccupiedRow(reader) + 1;
        var next = firstNew;
        foreach (var newRow in plan.NewRows)
        {
            foreach (var (leadColumn, value) in newRow.Cells)
            {
                if (value.IsEmpty || map.PositionOf(leadColumn) is not { } column)
                    continue;
                // Rows from firstNew down hold no value or formula, so nothing of the team's is written over.
                _writer.Write(tab.CellAtOrNew(next, column), value);
            }
            next++;
        }
        if (plan.NewRows.Count > 0)
        {
            ExcelTables.Stretch(tab, firstNew, next - 1);
            HeaderFilter.Stretch(workbook, tab, firstNew, next - 1);
        }

        var coloured = new RowColours(tab, reader, styles).Paint(plan.Highlights, map, header.Count);

        var updated = plan.RowChanges.Select(c => c.Target.ToString() ?? "").ToArray();
        return new Outcome(new SheetWriteReport(plan.NewRows.Count, written, leftAlone, plan.NewRows.Count > 0 ? firstNew : null), plan.NewRows.Select(r => r.Id).ToArray(), updated, coloured);
    }
}
