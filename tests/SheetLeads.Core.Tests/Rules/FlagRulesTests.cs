using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Rules;

public sealed class FlagRulesTests
{
    // Mon-Fri 09:00-17:30, 30 minutes to answer, 30 days to convert.
    private static readonly FlagRules Rules = new(
        new WorkingTime(Some.Time,
            new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            new TimeOnly(9, 0), new TimeOnly(17, 30), new HashSet<DateOnly>()),
        TimeSpan.FromMinutes(30), TimeSpan.FromDays(30));

    private static FlagFacts Lead(StatusRole role, string received, string? firstResponse = null, string? nextContact = null,
        bool missing = false, string? duplicateOf = null) =>
        new(role, Some.Utc(received), firstResponse is null ? null : Some.Utc(firstResponse),
            nextContact is null ? null : DateOnly.Parse(nextContact, System.Globalization.CultureInfo.InvariantCulture),
            nextContact is not null, missing, duplicateOf);

    private static LeadFlag At(FlagFacts lead, string now) => Rules.Judge(lead, Some.Utc(now));

    [Fact]
    public void A_new_lead_unanswered_past_the_target_says_how_long_it_has_waited_in_working_time()
    {
        var flag = At(Lead(StatusRole.New, "2026-11-23 09:00"), "2026-11-23 11:15");

        Assert.Equal(new LeadFlag("No response 2h", Highlight.Late), flag);
    }

    [Fact]
    public void A_new_lead_within_the_target_is_not_flagged()
    {
        Assert.Equal(LeadFlag.None, At(Lead(StatusRole.New, "2026-11-23 09:00"), "2026-11-23 09:29"));
    }

    [Fact]
    public void The_response_clock_stops_outside_working_hours()
    {
        // Friday 17:20 to Monday 09:15: 10 + 15 working minutes, inside the target.
        Assert.Equal(LeadFlag.None, At(Lead(StatusRole.New, "2026-11-20 17:20"), "2026-11-23 09:15"));
        // A Saturday enquiry counts from Monday's opening.
        Assert.Equal("No response 45m", At(Lead(StatusRole.New, "2026-11-21 10:00"), "2026-11-23 09:45").Text);
    }

    [Fact]
    public void A_lead_answered_is_not_waiting()
    {
        Assert.Equal(LeadFlag.None, At(Lead(StatusRole.New, "2026-11-23 09:00", firstResponse: "2026-11-23 09:10"), "2026-11-23 15:00"));
    }

    [Fact]
    public void A_long_wait_is_told_in_days()
    {
        Assert.Equal("No response 4d", At(Lead(StatusRole.New, "2026-11-19 10:00"), "2026-11-23 12:00").Text);
    }

    [Fact]
    public void An_active_lead_past_its_next_contact_is_overdue_by_days()
    {
        var flag = At(Lead(StatusRole.Active, "2026-11-16 10:00", nextContact: "2026-11-20"), "2026-11-23 12:00");

        Assert.Equal(new LeadFlag("Overdue 3d", Highlight.Late), flag);
    }

    [Fact]
    public void An_active_lead_with_a_next_contact_today_or_later_is_fine()
    {
        Assert.Equal(LeadFlag.None, At(Lead(StatusRole.Active, "2026-11-16 10:00", nextContact: "2026-11-23"), "2026-11-23 12:00"));
    }

    [Fact]
    public void An_active_lead_without_a_next_contact_has_no_next_step()
    {
        Assert.Equal(new LeadFlag("No next step", Highlight.NeedsAttention), At(Lead(StatusRole.Active, "2026-11-16 10:00"), "2026-11-23 12:00"));
    }

    [Fact]
    public void An_open_lead_older_than_the_conversion_window_is_stalled()
    {
        var flag = At(Lead(StatusRole.Active, "2026-10-01 10:00", nextContact: "2026-12-01"), "2026-11-23 12:00");

        Assert.Equal(new LeadFlag("Stalled 53d", Highlight.NeedsAttention), flag);
    }

    [Fact]
    public void A_lead_missing_required_fields_is_incomplete()
    {
        Assert.Equal(new LeadFlag("Incomplete", Highlight.Incomplete), At(Lead(StatusRole.New, "2026-11-23 11:50", missing: true), "2026-11-23 12:00"));
    }

    [Theory]
    [InlineData(StatusRole.Won)]
    [InlineData(StatusRole.Lost)]
    [InlineData(StatusRole.Closed)]
    public void A_closed_lead_carries_no_clock_flag(StatusRole role)
    {
        Assert.Equal(LeadFlag.None, At(Lead(role, "2026-09-01 10:00", missing: true), "2026-11-23 12:00"));
    }

    [Fact]
    public void A_possible_duplicate_stays_named_first_while_the_colour_shows_the_most_urgent_flag()
    {
        var flag = At(Lead(StatusRole.New, "2026-11-23 09:00", duplicateOf: "L-000004"), "2026-11-23 11:30");

        Assert.Equal(new LeadFlag("Possible duplicate of L-000004; No response 2h", Highlight.Late), flag);
        Assert.Equal(new LeadFlag("Possible duplicate of L-000004", Highlight.PossibleDuplicate),
            At(Lead(StatusRole.Won, "2026-11-23 09:00", duplicateOf: "L-000004"), "2026-11-23 11:30"));
    }
}
