namespace SheetLeads.Worker.Workbook;

/// <summary>Ranges such as <c>A1:T40</c> that cover the header and the rows below it.</summary>
internal static class RowRange
{
    /// <summary>
    /// The range stretched down to row <paramref name="lastNew"/> when it starts at the header and ends between the
    /// row above the appended rows and the last of them (so the new rows join it); otherwise null.
    /// </summary>
    public static string? Stretch(string? reference, int firstNew, int lastNew)
    {
        var ends = (reference ?? "").Split(':');
        if (ends.Length != 2 || CellAddress.RowOf(ends[0]) != 1 || CellAddress.RowOf(ends[1]) is not { } bottom
            || bottom < firstNew - 1 || bottom >= lastNew || CellAddress.ColumnOf(ends[1]) is not { } lastColumn)
            return null;
        return $"{ends[0]}:{CellAddress.Of(lastColumn, lastNew)}";
    }
}
