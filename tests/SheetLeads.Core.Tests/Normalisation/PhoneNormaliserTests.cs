using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public sealed class PhoneNormaliserTests
{
    private readonly PhoneNormaliser _phones = new("GB");

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("0044 7700 900654", "+447700900654")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("0161 496 0753", "+441614960753")]
    [InlineData("+49 30 901820", "+4930901820")]
    [InlineData("+1 (415) 555-0132", "+14155550132")]
    [InlineData("+380 67 123 4567", "+380671234567")]
    [InlineData("  07700-900-321 ", "+447700900321")]
    public void A_number_is_written_as_e164_read_in_the_default_region(string typed, string e164)
    {
        var phone = _phones.Normalise(typed);

        Assert.NotNull(phone);
        Assert.Equal(e164, phone.Text);
        Assert.True(phone.IsE164);
    }

    [Theory]
    [InlineData("07700 900666 / 0161 496 0754")]
    [InlineData("call after 5pm")]
    public void A_number_libphonenumber_cannot_parse_is_kept_exactly_as_typed(string typed)
    {
        var phone = _phones.Normalise(typed);

        Assert.NotNull(phone);
        Assert.Equal(typed, phone.Text);
        Assert.False(phone.IsE164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_number_gives_no_phone(string? typed)
    {
        Assert.Null(_phones.Normalise(typed));
    }

    [Fact]
    public void A_typed_number_matches_by_its_e164_form()
    {
        var key = _phones.MatchKey("07700 900 321");

        Assert.Equal("+447700900321", key);
    }

    [Fact]
    public void A_number_kept_as_typed_matches_nothing()
    {
        var key = _phones.MatchKey("07700 900666 / 0161 496 0754");

        Assert.Null(key);
    }

    [Fact]
    public void The_default_region_decides_how_a_national_number_is_read()
    {
        var german = new PhoneNormaliser("de");

        var phone = german.Normalise("030 901820");

        Assert.Equal("+4930901820", phone!.Text);
    }

    [Theory]
    [InlineData("GB", true)]
    [InlineData("ua", true)]
    [InlineData("XX", false)]
    public void Only_regions_libphonenumber_knows_are_known(string region, bool known)
    {
        Assert.Equal(known, PhoneNormaliser.IsKnownRegion(region));
    }
}
