using SheetLeads.Core.Leads;

using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Leads;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("  Sophie.Turner@Gmail.COM ", "sophie.turner@gmail.com")]
    [InlineData("<gary@example.co.uk>", "gary@example.co.uk")]
    [InlineData("mailto:Gary@Example.co.uk", "gary@example.co.uk")]
    [InlineData("\"leo+quotes@example.com\"", "leo+quotes@example.com")]
    public void An_address_is_trimmed_unwrapped_and_lower_cased(string text, string expected)
    {
        var read = EmailAddress.TryParse(text, out var address);

        Assert.True(read);
        Assert.Equal(expected, address!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sophie")]
    [InlineData("@example.com")]
    [InlineData("sophie@")]
    [InlineData("sophie@localhost")]
    [InlineData("sophie turner@example.com")]
    [InlineData("sophie@example..com")]
    [InlineData("sophie@.example.com")]
    [InlineData("sophie@example.com.")]
    [InlineData("a@b.com, c@d.com")]
    [InlineData("Sophie Turner <sophie@example.com>")]
    public void Text_that_is_not_one_address_is_refused(string? text)
    {
        var read = EmailAddress.TryParse(text, out var address);

        Assert.False(read);
        Assert.Null(address);
    }

    [Fact]
    public void An_address_knows_its_local_part_and_domain()
    {
        var address = Some.Email("chloe@brightpath.co.uk");

        Assert.Equal("chloe", address.LocalPart);
        Assert.Equal("brightpath.co.uk", address.Domain);
    }

    [Theory]
    [InlineData("bob@brightpath.co.uk", true)]
    [InlineData("MAILER-DAEMON@mail.brightpath.co.uk", true)]
    [InlineData("bob@notbrightpath.co.uk", false)]
    [InlineData("bob@brightpath.co.uk.example.com", false)]
    public void An_address_is_in_a_domain_and_its_subdomains_only(string text, bool inside)
    {
        var address = Some.Email(text);

        Assert.Equal(inside, address.IsIn("Brightpath.co.uk"));
    }

    [Fact]
    public void Two_spellings_of_one_address_are_equal()
    {
        Assert.Equal(Some.Email("Sophie@Example.com"), Some.Email(" sophie@example.com"));
    }
}
