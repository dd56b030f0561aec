namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Excel tables (Insert › Table) on the Leads tab. A table that holds the leads grows over the rows appended right
/// below it, as it does when a person types there, so new leads get the table's look, filter and sorting.
/// </summary>
internal static class ExcelTables
{
    /// <summary>Stretches each table that starts at the header and ends right above <paramref name="firstNew"/>.</summary>
    public static void Stretch(LeadsTab tab, int firstNew, int lastNew)
    {
        foreach (var part in tab.Part.TableDefinitionParts)
        {
            // A totals row sits at the bottom of its table; rows are not slipped in under it.
            if (part.Table is not { } table || table.TotalsRowCount?.Value > 0)
                continue;
            if (RowRange.Stretch(table.Reference?.Value, firstNew, lastNew) is not { } stretched)
                continue;
            table.Reference = stretched;
            if (table.AutoFilter is { } filter)
                filter.Reference = stretched;
        }
    }
}
