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
        Assert.False(_required.LacksAny(name, email, phone, company: null, message: null));
    }

    [Fact]
    public void A_lead_without_a_name_lacks_a_field()
    {
        Assert.True(_required.LacksAny("  ", "sophie@example.com", null, null, null));
    }

    [Fact]
    public void A_lead_without_email_and_phone_lacks_a_field()
    {
        Assert.True(_required.LacksAny("Sophie Turner", "", " ", null, null));
    }

    [Theory]
    [InlineData(RequiredField.Email)]
    [InlineData(RequiredField.Phone)]
    [InlineData(RequiredField.Company)]
    [InlineData(RequiredField.Message)]
    public void Every_configured_field_is_checked(RequiredField field)
    {
        var required = new RequiredFields([field]);

        Assert.True(required.LacksAny("Sophie Turner", null, null, null, null));
        Assert.False(required.LacksAny("Sophie Turner", "sophie@example.com", "+447700900123", "Turner Ltd", "A quote, please"));
    }
}
