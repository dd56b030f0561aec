using SheetLeads.Core.Rules;

namespace SheetLeads.Core.Tests.Rules;

public sealed class AssignmentRuleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_keyword_is_no_keyword_and_does_not_catch_every_lead(string keyword)
    {
        var rule = new AssignmentRule(null, keyword, "Bob Singh");

        Assert.False(rule.Matches("Email", "Please quote for a new radiator."));
    }

    [Fact]
    public void A_blank_keyword_next_to_a_source_leaves_the_source_to_decide()
    {
        var rule = new AssignmentRule("Typeform: Quote", " ", "Alice Hart");

        Assert.True(rule.Matches("typeform: quote", "Anything at all."));
        Assert.False(rule.Matches("Email", "Anything at all."));
    }

    [Fact]
    public void A_blank_source_is_no_source()
    {
        var rule = new AssignmentRule("  ", "boiler", "Bob Singh");

        Assert.True(rule.Matches("Email", "My boiler's pressure keeps dropping."));
    }

    [Fact]
    public void A_keyword_is_found_inside_a_longer_word_without_case()
    {
        var rule = new AssignmentRule(null, " Boiler ", "Bob Singh");

        Assert.True(rule.Matches("Email", "The BOILER'S pilot light is out."));
        Assert.False(rule.Matches("Email", "The radiator is cold."));
    }
}
