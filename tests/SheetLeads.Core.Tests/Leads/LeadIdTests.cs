using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public sealed class LeadIdTests
{
    [Fact]
    public void A_lead_id_is_written_with_six_digits()
    {
        var id = new LeadId(7);

        var text = id.ToString();

        Assert.Equal("L-000007", text);
    }

    [Fact]
    public void A_lead_id_beyond_six_digits_keeps_every_digit()
    {
        var id = new LeadId(1234567);

        var text = id.ToString();

        Assert.Equal("L-1234567", text);
    }

    [Theory]
    [InlineData("L-000123", 123)]
    [InlineData("  l-000123 ", 123)]
    [InlineData("L-1", 1)]
    [InlineData("L-1234567", 1234567)]
    public void A_lead_id_is_read_whatever_its_case_padding_and_surrounding_spaces(string text, int number)
    {
        var read = LeadId.TryParse(text, out var id);

        Assert.True(read);
        Assert.Equal(new LeadId(number), id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("L-")]
    [InlineData("L-000000")]
    [InlineData("L-12a")]
    [InlineData("L 000001")]
    [InlineData("X-000001")]
    [InlineData("000001")]
    [InlineData("L-+12")]
    [InlineData("L--12")]
    [InlineData("L-99999999999")]
    [InlineData("L-00 01")]
    public void Text_that_is_not_a_lead_id_is_refused(string? text)
    {
        var read = LeadId.TryParse(text, out var id);

        Assert.False(read);
        Assert.Null(id);
    }

    [Fact]
    public void The_next_id_is_one_higher_and_ids_order_by_number()
    {
        var id = new LeadId(9);

        var next = id.Next();

        Assert.Equal("L-000010", next.ToString());
        Assert.True(next > id);
        Assert.True(id < next);
        Assert.Equal(-1, id.CompareTo(next));
    }
}
