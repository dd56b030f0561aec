using SheetLeads.Core.Leads;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Leads;

public class EmailAddressTests
{
    [Theory]
    [InlineData("Megan.Lewis@Gmail.com", "megan.lewis@gmail.com")]
    [InlineData("  PETER.WALSH@EXAMPLE.CO.UK  ", "peter.walsh@example.co.uk")]
    [InlineData("<ann@example.com>", "ann@example.com")]
    [InlineData("mailto:ann@example.com", "ann@example.com")]
    [InlineData("\"ann+quotes@example.com\"", "ann+quotes@example.com")]
    public void An_address_is_trimmed_and_lower_cased(string text, string expected)
    {
        var ok = EmailAddress.TryParse(text, out var address);

        Assert.True(ok);
        Assert.Equal(expected, address!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("@example.com")]
    [InlineData("ann@")]
    [InlineData("ann@localhost")]
    [InlineData("ann@.example.com")]
    [InlineData("ann@example.com.")]
    [InlineData("ann@exa..mple.com")]
    [InlineData("ann lee@example.com")]
    [InlineData("ann@example.com, bob@example.com")]
    [InlineData("ann@bob@example.com")]
    public void Text_that_is_not_an_address_is_refused(string? text)
    {
        var ok = EmailAddress.TryParse(text, out var address);

        Assert.False(ok);
        Assert.Null(address);
    }

    [Fact]
    public void An_address_knows_its_local_part_and_domain()
    {
        var address = Some.Email("Ann.Lee@Brightpath.co.uk");

        Assert.Equal("ann.lee", address.LocalPart);
        Assert.Equal("brightpath.co.uk", address.Domain);
    }

    [Theory]
    [InlineData("bob@brightpath.co.uk", true)]
    [InlineData("mailer-daemon@mail.brightpath.co.uk", true)]
    [InlineData("someone@notbrightpath.co.uk", false)]
    [InlineData("someone@brightpath.co.uk.evil.com", false)]
    public void An_address_is_in_a_domain_or_its_subdomains(string text, bool expected)
    {
        var address = Some.Email(text);

        Assert.Equal(expected, address.IsIn(" @Brightpath.co.uk"));
    }

    [Fact]
    public void Two_spellings_of_one_address_are_equal()
    {
        var a = Some.Email("Ann@Example.com");
        var b = Some.Email("ann@example.COM");

        Assert.Equal(a, b);
    }
}
