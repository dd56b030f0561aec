using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Tests.Sheet;

public class TeamRosterTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("x", true)]
    [InlineData("until 2 Dec", true)]
    [InlineData("", false)]
    [InlineData(" No ", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Away_is_any_word_but_no(string text, bool away) => Assert.Equal(away, TeamRoster.IsAway(CellValue.Text(text)));

    [Fact]
    public void A_ticked_checkbox_is_away_and_an_unticked_one_is_not()
    {
        Assert.True(TeamRoster.IsAway(CellValue.Boolean(true)));
        Assert.False(TeamRoster.IsAway(CellValue.Boolean(false)));
    }

    [Fact]
    public void Columns_are_found_by_header_and_rows_without_a_name_or_repeating_one_are_left_out()
    {
        var roster = TeamRoster.Read(["Phone", "away", "NAME", "E-mail"], [
            [CellValue.Text("0161"), CellValue.Text("yes"), CellValue.Text("Alice Hart"), CellValue.Empty],
            [CellValue.Empty, CellValue.Empty, CellValue.Empty, CellValue.Empty],
            [CellValue.Empty, CellValue.Empty, CellValue.Text("Bob Singh"), CellValue.Text("bob@example.com")],
            [CellValue.Empty, CellValue.Empty, CellValue.Text("alice hart")]]);

        Assert.Equal(["Alice Hart", "Bob Singh"], roster.Names);
        Assert.Equal(["Alice Hart"], roster.Away);
        Assert.Null(roster.Members[0].Email);
        Assert.Equal("bob@example.com", roster.Members[1].Email);
    }

    [Fact]
    public void A_tab_without_a_Name_column_has_no_members()
    {
        Assert.Empty(TeamRoster.Read(["Who", "Away"], [[CellValue.Text("Alice"), CellValue.Empty]]).Members);
    }
}
