using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public class LeadIdTests
{
    [Theory]
    [InlineData("L-000001", 1)]
    [InlineData("L-000123", 123)]
    [InlineData("  l-000042 ", 42)]
    [InlineData("L-1234567", 1234567)]
    public void A_lead_id_is_read_from_its_sheet_form(string text, int number)
    {
        var ok = LeadId.TryParse(text, out var id);

        Assert.True(ok);
        Assert.Equal(new LeadId(number), id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("L-")]
    [InlineData("L-000000")]
    [InlineData("L000001")]
    [InlineData("X-000001")]
    [InlineData("L-00001a")]
    [InlineData("L--00001")]
    [InlineData("L-+00001")]
    [InlineData("L-99999999999")]
    [InlineData("000001")]
    public void Text_that_is_not_a_lead_id_is_refused(string? text)
    {
        var ok = LeadId.TryParse(text, out var id);

        Assert.False(ok);
        Assert.Null(id);
    }

    [Fact]
    public void A_lead_id_is_written_with_six_digits()
    {
        Assert.Equal("L-000007", new LeadId(7).ToString());
        Assert.Equal("L-1234567", new LeadId(1234567).ToString());
    }

    [Fact]
    public void The_next_lead_id_follows_the_last_one()
    {
        Assert.Equal(new LeadId(124), new LeadId(123).Next());
    }

    [Fact]
    public void Lead_ids_order_by_their_number()
    {
        Assert.True(new LeadId(9) < new LeadId(10));
        Assert.True(new LeadId(10) > new LeadId(9));
        Assert.True(new LeadId(10) >= new LeadId(10));
        Assert.True(new LeadId(10) <= new LeadId(10));
        Assert.Equal(-1, new LeadId(2).CompareTo(new LeadId(11)));
    }
}
