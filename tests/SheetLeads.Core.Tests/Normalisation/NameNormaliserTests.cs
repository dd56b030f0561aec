using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public class NameNormaliserTests
{
    [Theory]
    [InlineData("sophie turner", "Sophie Turner")]
    [InlineData("GARY NEWMAN", "Gary Newman")]
    [InlineData("SEÁN O'BRIEN", "Seán O'Brien")]
    [InlineData("seán o'brien", "Seán O'Brien")]
    [InlineData("sean o’brien", "Sean O’Brien")]
    [InlineData("anne-marie smith", "Anne-Marie Smith")]
    [InlineData("ŁUKASZ WÓJCIK", "Łukasz Wójcik")]
    [InlineData("дмитрий иванов", "Дмитрий Иванов")]
    [InlineData("ДМИТРИЙ ИВАНОВ", "Дмитрий Иванов")]
    [InlineData("MARK'S PLUMBING", "Mark's Plumbing")]
    public void A_name_typed_all_lower_or_all_upper_is_capitalised(string typed, string expected)
    {
        Assert.Equal(expected, NameNormaliser.Normalise(typed));
    }

    [Theory]
    [InlineData("Jamie McKenzie")]
    [InlineData("Leo van der Berg")]
    [InlineData("DeShawn MacDonald")]
    [InlineData("Дмитрий Иванов")]
    [InlineData("S Whitfield")]
    public void A_name_in_mixed_case_is_kept_as_typed(string typed)
    {
        Assert.Equal(typed, NameNormaliser.Normalise(typed));
    }

    [Fact]
    public void Surrounding_and_repeated_white_space_is_removed()
    {
        Assert.Equal("Ann Lee", NameNormaliser.Normalise("  Ann \t  Lee \n"));
    }

    [Fact]
    public void Quotes_around_a_display_name_are_removed()
    {
        Assert.Equal("Ann Lee", NameNormaliser.Normalise("\"Ann Lee\""));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\" \"")]
    public void Nothing_left_is_no_name(string? typed)
    {
        Assert.Null(NameNormaliser.Normalise(typed));
    }

    [Fact]
    public void A_name_without_cased_letters_is_kept()
    {
        Assert.Equal("李小龍", NameNormaliser.Normalise("李小龍"));
    }
}
