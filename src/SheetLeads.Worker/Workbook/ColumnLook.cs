using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>A column's width and default style (the number format cells typed into it get).</summary>
internal static class ColumnLook
{
    /// <summary>
    /// Gives the column at <paramref name="position"/> a width and style unless some column setting already covers
    /// it (the team's widths are theirs); true when it did.
    /// </summary>
    public static bool Ensure(Worksheet worksheet, int position, double width, uint style)
    {
        var number = (uint)position + 1;
        var columns = worksheet.GetFirstChild<Columns>();
        if (columns is null)
        {
            columns = new Columns();
            worksheet.AddChild(columns);
        }
        if (columns.Elements<Column>().Any(c => c.Min?.Value <= number && c.Max?.Value >= number))
            return false;
        var column = new Column { Min = number, Max = number, Width = width, CustomWidth = true };
        if (style != 0)
            column.Style = style;
        var after = columns.Elements<Column>().LastOrDefault(c => c.Max?.Value < number);
        if (after is null)
            columns.PrependChild(column);
        else
            columns.InsertAfter(column, after);
        return true;
    }
}
