using SheetLeads.Core.Rules;

namespace SheetLeads.Core.Tests.Rules;

public sealed class RequiredFieldsTests
{
    private readonly RequiredFields _required = RequiredFields.Default;

    [Theory]
    [InlineData("Sophie Turner", "sophie@example.com", null)]
    [InlineData("Sophie Turner", null, "+447700900123")]
    public void A_name_and_an_email_or_a_phone_is_complete(string name, string? email, string? phone)
    {
        Assert.Empty(_required.Missing(name, email, phone, company: null, message: null));
    }

    [Fact]
    public void A_lead_without_a_name_misses_the_name()
    {
        Assert.Equal([RequiredField.Name], _required.Missing("  ", "sophie@example.com", null, null, null));
    }

    [Fact]
    public void A_lead_without_email_and_phone_misses_one_of_them()
    {
        Assert.Equal([RequiredField.EmailOrPhone], _required.Missing("Sophie Turner", "", " ", null, null));
    }

    [Fact]
    public void Every_configured_field_is_checked()
    {
        var required = new RequiredFields([RequiredField.Email, RequiredField.Phone, RequiredField.Company, RequiredField.Message]);

        var missing = required.Missing("Sophie Turner", null, null, null, null);

        Assert.Equal([RequiredField.Email, RequiredField.Phone, RequiredField.Company, RequiredField.Message], missing);
    }
}
