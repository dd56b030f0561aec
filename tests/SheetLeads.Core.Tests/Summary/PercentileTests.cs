using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Tests.Summary;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(new[] { 1.0, 3, 2, 4 }, 0.3, 1.9)] // the spreadsheet's own PERCENTILE.INC example
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.9, 3.7)]
    [InlineData(new[] { 0.25, 0.5, 1, 2, 4 }, 0.9, 3.2)]
    [InlineData(new[] { 5.0, 1, 3 }, 0.5, 3)]
    [InlineData(new[] { 5.0, 1, 3 }, 0, 1)]
    [InlineData(new[] { 5.0, 1, 3 }, 1, 5)]
    [InlineData(new[] { 7.0 }, 0.9, 7)]
    public void Percentiles_are_linear_between_the_closest_ranks_as_PERCENTILE_INC(double[] values, double fraction, double expected)
    {
        var percentile = Percentile.Inclusive(values, fraction);

        Assert.Equal(expected, percentile!.Value, 10);
    }

    [Fact]
    public void No_values_have_no_percentile()
    {
        Assert.Null(Percentile.Inclusive([], 0.5));
    }
}
