using SheetLeads.Core.Leads;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Rules;

public sealed class TemperatureRulesTests
{
    private readonly TemperatureRules _rules = TemperatureRules.Default;
    private static readonly EmailAddress FreeMail = Some.Email("sophie@gmail.com");
    private static readonly EmailAddress CompanyMail = Some.Email("sarah@whitfielddental.co.uk");

    [Fact]
    public void A_vague_note_from_a_free_mail_address_without_a_phone_is_cold()
    {
        var temperature = _rules.Judge("Hello, do you work in Leeds?", FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Cold, temperature);
    }

    [Theory]
    [InlineData("URGENT: water everywhere")]
    [InlineData("Pipe burst in the loft")]
    [InlineData("We have no hot water since Sunday")]
    public void A_hot_keyword_makes_a_lead_hot_whatever_its_case(string text)
    {
        var temperature = _rules.Judge(text, FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Hot, temperature);
    }

    [Fact]
    public void A_hot_keyword_inside_another_word_does_not_count()
    {
        var temperature = _rules.Judge("We would like sunburst tiles in the bathroom", FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Cold, temperature);
    }

    [Fact]
    public void Asking_for_a_quote_makes_a_lead_warm()
    {
        var temperature = _rules.Judge("Could you send me quotes for two radiators?", FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Warm, temperature);
    }

    [Theory]
    [InlineData("Our budget is limited")]
    [InlineData("We can spend £5,000 on it")]
    [InlineData("around 3k for the whole job")]
    [InlineData("up to 2000 GBP")]
    public void A_budget_mentioned_makes_a_lead_warm(string text)
    {
        var temperature = _rules.Judge(text, FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Warm, temperature);
    }

    [Fact]
    public void A_phone_given_makes_a_lead_warm()
    {
        var temperature = _rules.Judge("Please call me back", FreeMail, hasPhone: true, company: null);

        Assert.Equal(Temperature.Warm, temperature);
    }

    [Fact]
    public void A_company_address_makes_a_lead_warm_where_a_free_mail_address_does_not()
    {
        var company = _rules.Judge("Please call me back", CompanyMail, hasPhone: false, company: null);
        var free = _rules.Judge("Please call me back", FreeMail, hasPhone: false, company: null);

        Assert.Equal(Temperature.Warm, company);
        Assert.Equal(Temperature.Cold, free);
    }

    [Fact]
    public void Three_signs_together_make_a_lead_hot()
    {
        var temperature = _rules.Judge("Could you quote for a boiler service?", FreeMail, hasPhone: true, company: "Whitfield Dental");

        Assert.Equal(Temperature.Hot, temperature);
    }
}
