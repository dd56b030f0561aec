namespace SheetLeads.Core.Summary;

/// <summary>Percentiles the way the spreadsheet's PERCENTILE.INC computes them (SPEC §6).</summary>
public static class Percentile
{
    /// <summary>
    /// The <paramref name="fraction"/> percentile (0.5 is the median), linear between the closest ranks: with the
    /// values sorted, rank <c>fraction × (n − 1)</c> counted from zero. Null for no values.
    /// </summary>
    public static double? Inclusive(IEnumerable<double> values, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return null;
        var rank = fraction * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
