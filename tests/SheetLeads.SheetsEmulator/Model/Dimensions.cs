namespace SheetLeads.SheetsEmulator.Model;

/// <summary>How a span of rows or columns moves when rows or columns are inserted or deleted elsewhere.</summary>
internal static class Dimensions
{
    /// <summary>
    /// The new [start, end) of a span after inserting (delta &gt; 0) or deleting (delta &lt; 0) rows at <paramref name="at"/>.
    /// Inserting inside the span widens it, as Google does; deleting removes the deleted part (an empty result means the span is gone).
    /// </summary>
    public static (int Start, int? End) Shift(int start, int? end, int at, int delta)
    {
        if (delta > 0)
        {
            var newStart = start >= at ? start + delta : start;
            int? newEnd = end is null ? null : end > at ? end + delta : end;
            return (newStart, newEnd);
        }
        var count = -delta;
        var deleteEnd = at + count;
        int Map(int index) => index <= at ? index : index >= deleteEnd ? index - count : at;
        return (Map(start), end is null ? null : Map(end.Value));
    }
}
