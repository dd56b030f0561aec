using SheetLeads.Core.Rules;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Rules;

public sealed class OwnerAssignmentTests
{
    private static readonly string[] Team = ["Alice Hart", "Bob Singh", "Chloe Price"];

    [Fact]
    public void A_source_rule_sends_leads_from_that_source_to_its_owner()
    {
        var owners = new OwnerAssignment(Team, [new("Typeform: Quote", null, "Chloe Price")]);

        var (owner, _) = owners.Assign("typeform: quote", "New kitchen", lastRoundRobin: null);

        Assert.Equal("Chloe Price", owner);
    }

    [Theory]
    [InlineData("Our BOILER keeps cutting out")]
    [InlineData("The boiler's pressure drops every night")]
    [InlineData("Subject: Boilers\nService for two")]
    public void A_keyword_rule_matches_without_case_anywhere_in_the_text(string text)
    {
        var owners = new OwnerAssignment(Team, [new(null, "boiler", "Bob Singh")]);

        var (owner, _) = owners.Assign("Email", text, lastRoundRobin: null);

        Assert.Equal("Bob Singh", owner);
    }

    [Fact]
    public void Rules_apply_in_the_listed_order_and_the_first_match_wins()
    {
        var owners = new OwnerAssignment(Team, [new("Typeform: Quote", null, "Alice Hart"), new(null, "boiler", "Bob Singh")]);

        var (owner, _) = owners.Assign("Typeform: Quote", "New boiler please", lastRoundRobin: null);

        Assert.Equal("Alice Hart", owner);
    }

    [Fact]
    public void A_rule_with_both_source_and_keyword_needs_both()
    {
        var owners = new OwnerAssignment(Team, [new("Email", "boiler", "Bob Singh")]);

        var fromForm = owners.Assign("Website form", "New boiler please", lastRoundRobin: "Bob Singh").Owner;
        var fromMail = owners.Assign("Email", "New boiler please", lastRoundRobin: "Bob Singh").Owner;

        Assert.Equal("Chloe Price", fromForm);
        Assert.Equal("Bob Singh", fromMail);
    }

    [Fact]
    public void A_rule_with_neither_source_nor_keyword_decides_nothing()
    {
        var owners = new OwnerAssignment(Team, [new(null, null, "Bob Singh")]);

        var (owner, _) = owners.Assign("Email", "Anything", lastRoundRobin: null);

        Assert.Equal("Alice Hart", owner);
    }

    [Fact]
    public void A_lead_a_rule_decides_leaves_the_rotation_where_it_was()
    {
        var owners = new OwnerAssignment(Team, [new(null, "boiler", "Bob Singh")]);

        var (_, rotation) = owners.Assign("Email", "boiler", lastRoundRobin: "Alice Hart");

        Assert.Equal("Alice Hart", rotation);
    }

    [Fact]
    public void Round_robin_starts_with_the_first_member()
    {
        var owners = new OwnerAssignment(Team, []);

        var (owner, rotation) = owners.Assign("Email", "Radiators", lastRoundRobin: null);

        Assert.Equal("Alice Hart", owner);
        Assert.Equal("Alice Hart", rotation);
    }

    [Fact]
    public void Round_robin_continues_after_the_member_it_chose_last_and_wraps_around()
    {
        var owners = new OwnerAssignment(Team, []);

        var chosen = new List<string?>();
        var rotation = "Bob Singh";
        for (var i = 0; i < 4; i++)
        {
            (var owner, rotation) = owners.Assign("Email", "Radiators", rotation);
            chosen.Add(owner);
        }

        Assert.Equal(["Chloe Price", "Alice Hart", "Bob Singh", "Chloe Price"], chosen);
    }

    [Fact]
    public void The_rotation_is_remembered_by_name_without_case()
    {
        var owners = new OwnerAssignment(Team, []);

        var (owner, _) = owners.Assign("Email", "Radiators", lastRoundRobin: "alice hart");

        Assert.Equal("Bob Singh", owner);
    }

    [Fact]
    public void A_member_added_to_the_team_takes_their_turn_without_resetting_the_rotation()
    {
        var owners = new OwnerAssignment([.. Team, "Dev Patel"], []);

        var (owner, _) = owners.Assign("Email", "Radiators", lastRoundRobin: "Chloe Price");

        Assert.Equal("Dev Patel", owner);
    }

    [Fact]
    public void Removing_another_member_does_not_reset_the_rotation()
    {
        var owners = new OwnerAssignment(["Alice Hart", "Chloe Price"], []);

        var (owner, _) = owners.Assign("Email", "Radiators", lastRoundRobin: "Alice Hart");

        Assert.Equal("Chloe Price", owner);
    }

    [Fact]
    public void The_rotation_goes_on_from_a_member_who_went_away_after_their_turn()
    {
        var owners = new OwnerAssignment(Team, [], Away: ["Bob Singh"]);

        var (owner, rotation) = owners.Assign("Email", "Radiators", lastRoundRobin: "Bob Singh");

        Assert.Equal("Chloe Price", owner);
        Assert.Equal("Chloe Price", rotation);
    }

    [Fact]
    public void A_member_marked_away_gets_no_new_leads_from_round_robin()
    {
        var owners = new OwnerAssignment(Team, [], Away: ["bob singh"]);

        var chosen = new List<string?>();
        string? rotation = null;
        for (var i = 0; i < 4; i++)
        {
            (var owner, rotation) = owners.Assign("Email", "Radiators", rotation);
            chosen.Add(owner);
        }

        Assert.Equal(["Alice Hart", "Chloe Price", "Alice Hart", "Chloe Price"], chosen);
    }

    [Fact]
    public void A_rule_whose_owner_is_away_gives_way_to_the_rotation()
    {
        var owners = new OwnerAssignment(Team, [new(null, "boiler", "Bob Singh")], Away: ["Bob Singh"]);

        var (owner, _) = owners.Assign("Email", "New boiler please", lastRoundRobin: "Alice Hart");

        Assert.Equal("Chloe Price", owner);
    }

    [Fact]
    public void With_everyone_away_round_robin_chooses_nobody()
    {
        var owners = new OwnerAssignment(Team, [], Away: Team);

        var (owner, rotation) = owners.Assign("Email", "Radiators", lastRoundRobin: "Alice Hart");

        Assert.Null(owner);
        Assert.Equal("Alice Hart", rotation);
    }

    [Fact]
    public void Without_round_robin_a_lead_no_rule_decides_has_no_owner()
    {
        var owners = new OwnerAssignment(Team, [], RoundRobin: false);

        var (owner, _) = owners.Assign("Email", "Radiators", lastRoundRobin: null);

        Assert.Null(owner);
    }
}
