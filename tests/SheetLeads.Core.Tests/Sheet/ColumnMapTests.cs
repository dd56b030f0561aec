using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Sheet;

public class ColumnMapTests
{
    [Fact]
    public void The_default_header_has_every_column_in_spec_order()
    {
        var map = ColumnMap.FromHeader(LeadColumns.DefaultHeader);

        foreach (var column in Enum.GetValues<LeadColumn>())
            Assert.Equal((int)column, map.PositionOf(column));
        Assert.Empty(map.Missing);
        Assert.Equal(
            ["Lead ID", "Received", "Source", "Name", "Email", "Phone", "Company", "Message", "Temperature", "Status", "Owner",
             "Next contact", "Lost reason", "Notes", "First response", "Last enquiry", "Enquiries", "Flag", "Ref"],
            LeadColumns.DefaultHeader);
    }

    [Fact]
    public void A_column_renamed_to_an_alias_is_still_found()
    {
        var map = ColumnMap.FromHeader(["Lead-ID", "E-mail address", "Assigned to", "Follow-up", "Refs"]);

        Assert.Equal(0, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(1, map.PositionOf(LeadColumn.Email));
        Assert.Equal(2, map.PositionOf(LeadColumn.Owner));
        Assert.Equal(3, map.PositionOf(LeadColumn.NextContact));
        Assert.Equal(4, map.PositionOf(LeadColumn.Ref));
    }

    [Fact]
    public void Headers_are_matched_without_case_and_with_spaces_collapsed()
    {
        var map = ColumnMap.FromHeader(["  lead   ID ", "EMAIL", "next\tcontact", "LAST ENQUIRY"]);

        Assert.Equal(0, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(1, map.PositionOf(LeadColumn.Email));
        Assert.Equal(2, map.PositionOf(LeadColumn.NextContact));
        Assert.Equal(3, map.PositionOf(LeadColumn.LastEnquiry));
    }

    [Fact]
    public void Columns_the_team_reordered_are_found_where_they_are_now()
    {
        var reversed = LeadColumns.DefaultHeader.Reverse().ToArray();

        var map = ColumnMap.FromHeader(reversed);

        Assert.Equal(reversed.Length - 1, map.PositionOf(LeadColumn.LeadId));
        Assert.Equal(0, map.PositionOf(LeadColumn.Ref));
        Assert.Empty(map.Missing);
    }

    [Fact]
    public void When_two_headers_name_one_column_the_first_wins()
    {
        var map = ColumnMap.FromHeader(["Customer", "Email", "Name", "E-mail"]);

        Assert.Equal(0, map.PositionOf(LeadColumn.Name));
        Assert.Equal(1, map.PositionOf(LeadColumn.Email));
    }

    [Fact]
    public void Columns_the_team_added_are_counted_but_not_known()
    {
        var header = LeadColumns.DefaultHeader.Concat(["Job number", "Van"]).ToArray();

        var map = ColumnMap.FromHeader(header);

        Assert.Equal(header.Length, map.Width);
        Assert.Empty(map.Missing);
    }

    [Fact]
    public void Missing_required_columns_are_listed_but_missing_optional_ones_are_not()
    {
        var header = LeadColumns.DefaultHeader.Where(h => h is not "Ref" and not "Flag" and not "Owner").ToArray();

        var map = ColumnMap.FromHeader(header);

        Assert.Equal([LeadColumn.Owner, LeadColumn.Flag, LeadColumn.Ref], map.Missing);
        Assert.Equal([LeadColumn.Owner, LeadColumn.Ref], map.MissingRequired);
        Assert.False(map.Has(LeadColumn.Ref));
        Assert.Null(map.PositionOf(LeadColumn.Ref));
    }

    [Fact]
    public void A_cell_of_a_missing_column_or_beyond_a_short_row_reads_empty()
    {
        var map = ColumnMap.FromHeader(["Lead ID", "Name", "Email"]);
        var shortRow = Some.TextCells("L-000001", "Ann Lee");

        Assert.Equal(CellValue.Text("Ann Lee"), map.Get(shortRow, LeadColumn.Name));
        Assert.True(map.Get(shortRow, LeadColumn.Email).IsEmpty);
        Assert.True(map.Get(shortRow, LeadColumn.Phone).IsEmpty);
    }
}
