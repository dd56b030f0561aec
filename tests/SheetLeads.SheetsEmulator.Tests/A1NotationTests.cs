using SheetLeads.SheetsEmulator.A1;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class A1NotationTests
{
    [Theory]
    [InlineData("Leads!A1:Q", "Leads", 0, 0, null, 17)]
    [InlineData("'My Tab'!A:A", "My Tab", null, 0, null, 1)]
    [InlineData("'It''s'!B2", "It's", 1, 1, 2, 2)]
    [InlineData("A5:5", null, 4, 0, 5, null)]
    [InlineData("Leads!2:3", "Leads", 1, null, 3, null)]
    [InlineData("B2:A1", null, 0, 0, 2, 2)]
    [InlineData("Leads!$A$1:$B$2", "Leads", 0, 0, 2, 2)]
    [InlineData("AA10", null, 9, 26, 10, 27)]
    public void A1_ranges_parse_to_zero_based_bounds(string text, string? title, int? startRow, int? startColumn, int? endRow, int? endColumn)
    {
        var range = A1Range.Parse(text);

        Assert.Equal(new A1Range(title, startRow, startColumn, endRow, endColumn), range with { IsSingleCell = false });
    }

    [Theory]
    [InlineData("Leads!")]
    [InlineData("A:1")]
    [InlineData("1:A")]
    [InlineData("Leads!A0")]
    [InlineData("'Leads!A1")]
    [InlineData("A1:B2:C3")]
    [InlineData("")]
    public void Text_that_is_no_range_does_not_parse(string text)
    {
        Assert.False(A1Range.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Leads", "Leads")]
    [InlineData("My Tab", "'My Tab'")]
    [InlineData("It's", "'It''s'")]
    [InlineData("A1", "'A1'")]
    public void Titles_are_quoted_as_Google_quotes_them(string title, string expected)
    {
        Assert.Equal(expected, A1Range.QuoteTitle(title));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_letters_run_past_Z(int index, string letters)
    {
        Assert.Equal(letters, A1Range.ColumnLetters(index));
    }
}
