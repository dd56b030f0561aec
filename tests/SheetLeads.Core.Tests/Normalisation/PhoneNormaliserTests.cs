using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public class PhoneNormaliserTests
{
    private static readonly PhoneNormaliser Gb = new("gb");

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("0044 7700 900654", "+447700900654")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("0161 496 0753", "+441614960753")]
    [InlineData("+49 30 901820", "+4930901820")]
    [InlineData("+1 (415) 555-0132", "+14155550132")]
    [InlineData("+380 67 123 4567", "+380671234567")]
    [InlineData("07700 900 321", "+447700900321")]
    [InlineData("  +447700900123  ", "+447700900123")]
    public void A_number_is_written_as_e164_read_in_the_default_region(string typed, string expected)
    {
        var phone = Gb.Normalise(typed);

        Assert.Equal(new PhoneNumber(expected, true), phone);
    }

    [Theory]
    [InlineData("07700 900666 / 0161 496 0754")]
    [InlineData("call me after six")]
    public void A_number_libphonenumber_cannot_parse_is_kept_exactly_as_typed(string typed)
    {
        var phone = Gb.Normalise(typed);

        Assert.Equal(new PhoneNumber(typed, false), phone);
    }

    [Fact]
    public void Absurdly_long_text_is_kept_as_typed_without_parsing()
    {
        var typed = new string('1', 80);

        Assert.Equal(new PhoneNumber(typed, false), Gb.Normalise(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_number_gives_no_phone(string? typed)
    {
        Assert.Null(Gb.Normalise(typed));
    }

    [Fact]
    public void A_typed_number_matches_by_its_e164_form()
    {
        Assert.Equal("+447700900321", Gb.MatchKey("07700 900 321"));
    }

    [Fact]
    public void A_number_that_cannot_be_parsed_has_no_match_key()
    {
        Assert.Null(Gb.MatchKey("07700 900666 / 0161 496 0754"));
    }

    [Fact]
    public void The_default_region_is_upper_case_and_checked_against_libphonenumber()
    {
        Assert.Equal("GB", Gb.DefaultRegion);
        Assert.True(PhoneNormaliser.IsKnownRegion("de"));
        Assert.False(PhoneNormaliser.IsKnownRegion("XX"));
    }
}
