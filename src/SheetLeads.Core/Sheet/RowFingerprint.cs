namespace SheetLeads.Core.Sheet;

/// <summary>
/// What a typed row without a Lead ID holds, so that the write finds the same row to adopt even if rows moved
/// since the read (a row with no Lead ID has no other identity).
/// </summary>
public static class RowFingerprint
{
    /// <summary>The row's cells as text, trailing empty cells ignored.</summary>
    public static string Of(IReadOnlyList<CellValue> cells)
    {
        var last = cells.Count - 1;
        while (last >= 0 && cells[last].IsEmpty)
            last--;
        return string.Join('\u001f', cells.Take(last + 1).Select(c => c.AsText().Trim()));
    }
}
