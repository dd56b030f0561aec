using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>The filter buttons on the header row, over every header column.</summary>
internal static class HeaderFilter
{
    private const string FilterName = "_xlnm._FilterDatabase";

    /// <summary>What <see cref="Ensure"/> did.</summary>
    public enum Change
    {
        /// <summary>Nothing was needed.</summary>
        None,
        /// <summary>A filter was added.</summary>
        Added,
        /// <summary>The filter was widened to new header columns.</summary>
        Widened,
    }

    /// <summary>
    /// Adds a filter over the header's <paramref name="width"/> columns down to row <paramref name="lastRow"/>, or
    /// widens the tab's filter to them.
    /// </summary>
    public static Change Ensure(WorkbookPart workbook, LeadsTab tab, int width, int lastRow)
    {
        // An Excel table brings its own filter, and a sheet filter over a table is an error in Excel.
        if (width == 0 || tab.Part.TableDefinitionParts.Any())
            return Change.None;
        var lastColumn = CellAddress.Column(width - 1);
        var filter = tab.Worksheet.GetFirstChild<AutoFilter>();
        if (filter is null)
        {
            filter = new AutoFilter { Reference = $"A1:{lastColumn}{lastRow}" };
            tab.Worksheet.AddChild(filter);
            Name(workbook, tab, filter.Reference.Value!);
            return Change.Added;
        }
        var parts = (filter.Reference?.Value ?? "").Split(':');
        if (parts.Length != 2 || CellAddress.RowOf(parts[0]) != 1 || CellAddress.ColumnOf(parts[1]) is not { } end || end >= width - 1)
            return Change.None;
        filter.Reference = $"{parts[0]}:{lastColumn}{CellAddress.RowOf(parts[1])}";
        Name(workbook, tab, filter.Reference.Value!);
        return Change.Widened;
    }

    /// <summary>Stretches the tab's filter down over rows appended right below it.</summary>
    public static void Stretch(WorkbookPart workbook, LeadsTab tab, int firstNew, int lastNew)
    {
        if (tab.Worksheet.GetFirstChild<AutoFilter>() is { } filter && RowRange.Stretch(filter.Reference?.Value, firstNew, lastNew) is { } stretched)
        {
            filter.Reference = stretched;
            Name(workbook, tab, stretched);
        }
    }

    // Excel keeps the filter's range in a hidden name as well; LibreOffice reads the filter from it.
    private static void Name(WorkbookPart workbook, LeadsTab tab, string reference)
    {
        var position = tab.Position(workbook);
        var names = workbook.Workbook.DefinedNames;
        if (names is null)
        {
            names = new DefinedNames();
            workbook.Workbook.AddChild(names);
        }
        var name = names.Elements<DefinedName>().FirstOrDefault(n => n.Name?.Value == FilterName && n.LocalSheetId?.Value == position);
        if (name is null)
        {
            name = new DefinedName { Name = FilterName, LocalSheetId = position, Hidden = true };
            names.AppendChild(name);
        }
        var (from, to) = (reference.Split(':')[0], reference.Split(':')[1]);
        name.Text = $"'{tab.Name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(from)}:{Absolute(to)}";
    }

    private static string Absolute(string cell) => $"${CellAddress.Column(CellAddress.ColumnOf(cell) ?? 0)}${CellAddress.RowOf(cell)}";
}
