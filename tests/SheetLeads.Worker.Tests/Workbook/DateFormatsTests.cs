using SheetLeads.Worker.Workbook;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class DateFormatsTests
{
    [Theory]
    [InlineData("yyyy-mm-dd", "Date")]
    [InlineData("d mmm yyyy", "Date")]
    [InlineData("[$-809]dd/mm/yyyy;@", "Date")]
    [InlineData("mmm", "Date")]
    [InlineData("yyyy-mm-dd hh:mm", "DateTime")]
    [InlineData("dd/mm/yyyy h:mm AM/PM", "DateTime")]
    [InlineData("h:mm", "Time")]
    [InlineData("[h]:mm:ss", "Time")]
    [InlineData("General", "None")]
    [InlineData("#,##0.00", "None")]
    [InlineData("0 \"days\"", "None")]
    [InlineData("[Red]#,##0;[Blue]-#,##0", "None")]
    [InlineData("#,##0 \\d", "None")]
    [InlineData("0.00;\"dd\"", "None")]
    public void A_custom_format_code_is_a_date_when_it_shows_days_months_years_or_times(string code, string expected) =>
        Assert.Equal(expected, DateFormats.OfCode(code).ToString());

    [Theory]
    [InlineData(14u, "Date")]
    [InlineData(17u, "Date")]
    [InlineData(22u, "DateTime")]
    [InlineData(20u, "Time")]
    [InlineData(46u, "Time")]
    [InlineData(0u, "None")]
    [InlineData(49u, "None")]
    public void Built_in_formats_14_to_22_and_45_to_47_are_dates_or_times(uint id, string expected) =>
        Assert.Equal(expected, DateFormats.OfBuiltIn(id).ToString());
}
