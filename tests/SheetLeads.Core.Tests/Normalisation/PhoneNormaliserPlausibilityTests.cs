using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

/// <summary>
/// libphonenumber parses more than numbers: it reads letters as a phone keypad would and accepts any digit run. A
/// phone written as E.164 must be the number the customer typed, of a length a number can have, with nothing E.164
/// cannot hold (an extension); anything else is kept as typed (SPEC §2), so the team sees what was written and no
/// two customers match on a made-up number.
/// </summary>
public sealed class PhoneNormaliserPlausibilityTests
{
    private readonly PhoneNormaliser _phones = new("GB");

    [Theory]
    [InlineData("07700900123 (mobile)")]
    [InlineData("07700 900123 (home)")]
    [InlineData("0800 FLOWERS")]
    public void Words_next_to_a_number_are_never_dialled_as_digits(string typed)
    {
        var phone = _phones.Normalise(typed);

        Assert.Equal(typed, phone!.Text);
        Assert.False(phone.IsE164);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("077009001230")]
    public void A_digit_run_too_short_or_too_long_for_a_number_is_kept_as_typed(string typed)
    {
        var phone = _phones.Normalise(typed);

        Assert.Equal(typed, phone!.Text);
        Assert.False(phone.IsE164);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("00000000000")]
    [InlineData("+44 0000 000000")]
    public void A_placeholder_of_zeros_is_kept_as_typed_and_matches_nobody(string typed)
    {
        Assert.False(_phones.Normalise(typed)!.IsE164);
        Assert.Null(_phones.MatchKey(typed));
    }

    [Theory]
    [InlineData("tel: 07700 900123", "+447700900123")]
    [InlineData("+44 0 7700 900123", "+447700900123")]
    [InlineData("٠٧٧٠٠ ٩٠٠١٢٣", "+447700900123")]
    [InlineData("+39 06 1234 5678", "+390612345678")]
    public void A_real_number_in_a_little_decoration_is_still_written_as_e164(string typed, string e164)
    {
        var phone = _phones.Normalise(typed);

        Assert.Equal(e164, phone!.Text);
        Assert.True(phone.IsE164);
    }

    [Theory]
    [InlineData("+44 20 7946 0958 ext. 214")]
    [InlineData("020 7946 0958 x214")]
    public void A_number_with_an_extension_is_kept_as_typed_so_the_extension_is_not_lost(string typed)
    {
        var phone = _phones.Normalise(typed);

        Assert.Equal(typed, phone!.Text);
        Assert.False(phone.IsE164);
    }

    [Fact]
    public void Text_far_longer_than_any_number_is_kept_as_typed()
    {
        var typed = new string('1', 80);

        Assert.Equal(typed, _phones.Normalise(typed)!.Text);
        Assert.Null(_phones.MatchKey(typed));
    }
}
