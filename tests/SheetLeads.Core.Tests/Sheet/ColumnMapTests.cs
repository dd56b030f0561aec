using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Sheet;

public sealed class ColumnMapTests
{
    [Fact]
    public void The_default_header_maps_every_column_to_its_position()
    {
        var map = ColumnMap.FromHeader(LeadColumns.DefaultHeader);

        Assert.Empty(map.Missing);
        Assert.Equal(0, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(9, map.PositionOf(LeadColumn.Status));
        Assert.Equal(18, map.PositionOf(LeadColumn.Ref));
    }

    [Fact]
    public void The_default_header_is_spec_order()
    {
        Assert.Equal(
            ["Lead ID", "Received", "Source", "Name", "Email", "Phone", "Company", "Message", "Temperature", "Status", "Owner",
             "Next contact", "Lost reason", "Notes", "First response", "Last enquiry", "Enquiries", "Flag", "Ref"],
            LeadColumns.DefaultHeader);
    }

    [Fact]
    public void Headers_are_found_without_case_and_with_runs_of_white_space_collapsed()
    {
        var map = ColumnMap.FromHeader(["  lead   ID ", "NEXT\u00A0CONTACT", "e-MAIL"]);

        Assert.Equal(0, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(1, map.PositionOf(LeadColumn.NextContact));
        Assert.Equal(2, map.PositionOf(LeadColumn.Email));
    }

    [Theory]
    [InlineData("E-mail address", LeadColumn.Email)]
    [InlineData("Mobile", LeadColumn.Phone)]
    [InlineData("Assigned to", LeadColumn.Owner)]
    [InlineData("Follow-up", LeadColumn.NextContact)]
    [InlineData("Stage", LeadColumn.Status)]
    [InlineData("Enquiry", LeadColumn.Message)]
    [InlineData("Enquiry count", LeadColumn.Enquiries)]
    [InlineData("References", LeadColumn.Ref)]
    [InlineData("ID", LeadColumn.LeadId)]
    public void A_column_renamed_to_an_alias_is_still_found(string header, LeadColumn column)
    {
        var map = ColumnMap.FromHeader(["Budget", header]);

        Assert.Equal(1, map.PositionOf(column));
    }

    [Fact]
    public void Reordered_columns_are_found_where_they_now_are()
    {
        var map = ColumnMap.FromHeader(["Status", "Name", "Lead ID", "Ref"]);

        Assert.Equal(0, map.PositionOf(LeadColumn.Status));
        Assert.Equal(1, map.PositionOf(LeadColumn.Name));
        Assert.Equal(2, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(3, map.PositionOf(LeadColumn.Ref));
    }

    [Fact]
    public void When_two_aliases_name_one_column_the_first_wins()
    {
        var map = ColumnMap.FromHeader(["Name", "E-mail", "Email address"]);

        Assert.Equal(1, map.PositionOf(LeadColumn.Email));
    }

    [Fact]
    public void The_teams_own_columns_are_counted_but_never_mapped()
    {
        var map = ColumnMap.FromHeader(["Lead ID", "Budget", "Name", "Postcode"]);

        Assert.Equal(4, map.Width);
        Assert.Equal(2, map.PositionOf(LeadColumn.Name));
        Assert.False(map.Has(LeadColumn.Email));
    }

    [Fact]
    public void A_missing_required_column_is_reported()
    {
        var header = LeadColumns.DefaultHeader.Where(h => h != "Ref").ToArray();

        var map = ColumnMap.FromHeader(header);

        Assert.Equal([LeadColumn.Ref], map.MissingRequired);
    }

    [Fact]
    public void A_missing_optional_column_is_missing_but_not_required()
    {
        var header = LeadColumns.DefaultHeader.Where(h => h is not "Flag" and not "Temperature").ToArray();

        var map = ColumnMap.FromHeader(header);

        Assert.Equal([LeadColumn.Temperature, LeadColumn.Flag], map.Missing);
        Assert.Empty(map.MissingRequired);
    }

    [Fact]
    public void A_cell_of_a_short_row_or_a_missing_column_reads_empty()
    {
        var map = ColumnMap.FromHeader(["Lead ID", "Name", "Email"]);

        var cells = new[] { CellValue.Text("L-000001") };

        Assert.Equal("L-000001", map.Get(cells, LeadColumn.LeadId).AsText());
        Assert.True(map.Get(cells, LeadColumn.Email).IsEmpty);
        Assert.True(map.Get(cells, LeadColumn.Phone).IsEmpty);
    }

    [Fact]
    public void A_columns_own_header_wins_over_an_alias_standing_before_it()
    {
        var map = ColumnMap.FromHeader(["Lead ID", "Reference", "Name", "Ref"]);

        Assert.Equal(3, map.PositionOf(LeadColumn.Ref));
    }
}
