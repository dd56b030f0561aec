using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Normalisation;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("sophie turner", "Sophie Turner")]
    [InlineData("GARY NEWMAN", "Gary Newman")]
    [InlineData("SEÁN O'BRIEN", "Seán O'Brien")]
    [InlineData("seán o’brien", "Seán O’Brien")]
    [InlineData("JEAN-PAUL DUPONT", "Jean-Paul Dupont")]
    [InlineData("ДМИТРИЙ ИВАНОВ", "Дмитрий Иванов")]
    [InlineData("дмитрий иванов", "Дмитрий Иванов")]
    [InlineData("łukasz wójcik", "Łukasz Wójcik")]
    public void A_name_typed_all_lower_or_all_upper_is_capitalised(string typed, string expected)
    {
        Assert.Equal(expected, NameNormaliser.Normalise(typed));
    }

    [Fact]
    public void An_apostrophe_s_is_not_capitalised()
    {
        Assert.Equal("Mark's Plumbing", NameNormaliser.Normalise("MARK'S PLUMBING"));
    }

    [Theory]
    [InlineData("Sarah McKenzie")]
    [InlineData("van der Berg")]
    [InlineData("Дмитрий Иванов")]
    [InlineData("S Whitfield")]
    public void A_name_in_mixed_case_is_kept_as_typed(string typed)
    {
        Assert.Equal(typed, NameNormaliser.Normalise(typed));
    }

    [Fact]
    public void Surrounding_spaces_quotes_and_runs_of_white_space_are_removed()
    {
        Assert.Equal("Ahmed Khan", NameNormaliser.Normalise("  \"Ahmed \t  Khan\" "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void Nothing_left_gives_no_name(string? typed)
    {
        Assert.Null(NameNormaliser.Normalise(typed));
    }

    [Fact]
    public void A_name_without_cased_letters_is_kept()
    {
        Assert.Equal("李小龍", NameNormaliser.Normalise(" 李小龍 "));
    }

    [Theory]
    [InlineData("john.smith@gmail.com")]
    [InlineData("INFO@ACME.CO.UK")]
    public void An_address_given_as_a_display_name_is_never_capitalised_as_a_name(string display)
    {
        Assert.Equal(display, NameNormaliser.Normalise(display));
    }
}
