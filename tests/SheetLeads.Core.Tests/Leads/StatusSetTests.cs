using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Leads;

public sealed class StatusSetTests
{
    [Theory]
    [InlineData("New", StatusRole.New)]
    [InlineData("Incomplete", StatusRole.New)]
    [InlineData("Contacted", StatusRole.Active)]
    [InlineData("Qualified", StatusRole.Active)]
    [InlineData("Proposal", StatusRole.Active)]
    [InlineData("Won", StatusRole.Won)]
    [InlineData("Lost", StatusRole.Lost)]
    [InlineData("Unqualified", StatusRole.Closed)]
    public void The_default_statuses_have_the_roles_spec_gives_them(string status, StatusRole role)
    {
        Assert.Equal(role, StatusSet.Default.RoleOf(status));
    }

    [Fact]
    public void A_status_is_found_without_case_or_surrounding_spaces()
    {
        Assert.Equal(StatusRole.Won, StatusSet.Default.RoleOf("  wON "));
    }

    [Fact]
    public void An_empty_status_is_a_lead_nobody_has_touched()
    {
        Assert.Equal(StatusRole.New, StatusSet.Default.RoleOf(""));
    }

    [Fact]
    public void A_status_the_team_made_up_keeps_the_lead_open()
    {
        var role = StatusSet.Default.RoleOf("Waiting for parts");

        Assert.Equal(StatusRole.Active, role);
        Assert.True(role.IsOpen());
    }

    [Theory]
    [InlineData(StatusRole.New, true)]
    [InlineData(StatusRole.Active, true)]
    [InlineData(StatusRole.Won, false)]
    [InlineData(StatusRole.Lost, false)]
    [InlineData(StatusRole.Closed, false)]
    public void Only_new_and_active_roles_are_open(StatusRole role, bool open)
    {
        Assert.Equal(open, role.IsOpen());
    }

    [Fact]
    public void An_initial_status_that_is_not_configured_is_refused()
    {
        var act = () => new StatusSet([new("Open", StatusRole.New)], "New", "Open");

        var error = Assert.Throws<ArgumentException>(act);
        Assert.Equal("Initial status 'New' is not among the statuses. (Parameter 'initial')", error.Message);
    }
}
