using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Rules;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Rules;

// November 2026: Monday 23rd; the London-like zone is on UTC, so local times read as instants. The business works
// Monday to Friday 09:00-17:30 and is closed on Christmas Day.
public sealed class FlagRulesTests
{
    private static readonly FlagRules Rules = new(Some.Hours, TimeSpan.FromMinutes(30), TimeSpan.FromDays(30), StatusSet.Default, RequiredFields.Default);

    private static Lead Row(string received, string status = "New", string? nextContact = null, string? email = "sophie@example.com",
        string? phone = null, string? firstResponse = null) =>
        new LeadRowReader(StatusSet.Default, Some.Time, Some.Phones)
            .Read(Some.Sheet(Some.LeadRow(received: received, status: status, nextContact: nextContact, email: email, phone: phone, firstResponse: firstResponse)).Snapshot())
            .Single();

    private static Flag At(string now, Lead lead, LeadId? duplicateOf = null) => Rules.For(lead, duplicateOf, Some.Utc(now));

    [Fact]
    public void A_new_lead_unanswered_past_the_response_target_is_flagged_no_response()
    {
        var flag = At("2026-11-23 11:00", Row("2026-11-23 10:00"));

        Assert.Equal(new Flag("No response 1h", Highlight.Late), flag);
    }

    [Fact]
    public void A_new_lead_within_the_response_target_is_not_flagged()
    {
        Assert.Equal(Flag.None, At("2026-11-23 10:30", Row("2026-11-23 10:00")));
    }

    [Fact]
    public void An_enquiry_after_hours_counts_from_the_next_opening()
    {
        var fridayEvening = Row("2026-11-20 19:00");

        Assert.Equal(Flag.None, At("2026-11-23 09:25", fridayEvening));
        Assert.Equal("No response 45m", At("2026-11-23 09:47", fridayEvening).Text);
    }

    [Fact]
    public void The_weekend_does_not_count_toward_the_wait()
    {
        // Friday 17:15 to Monday 09:20: 15 minutes on Friday and 20 on Monday.
        Assert.Equal("No response 35m", At("2026-11-30 09:20", Row("2026-11-27 17:15")).Text);
    }

    [Fact]
    public void A_holiday_does_not_count_toward_the_wait()
    {
        // Thursday 24 December 17:00 to Monday 28 December 09:10: Christmas Day and the weekend are closed.
        Assert.Equal("No response 40m", At("2026-12-28 09:10", Row("2026-12-24 17:00")).Text);
    }

    [Fact]
    public void Minutes_are_shown_in_steps_of_five_so_a_young_flag_is_not_rewritten_every_minute()
    {
        var lead = Row("2026-11-23 10:00");

        Assert.Equal("No response 35m", At("2026-11-23 10:38", lead).Text);
        Assert.Equal("No response 35m", At("2026-11-23 10:39", lead).Text);
        Assert.Equal("No response 40m", At("2026-11-23 10:40", lead).Text);
    }

    [Fact]
    public void The_wait_is_in_working_hours_under_a_day_and_in_calendar_days_after()
    {
        var mondayMorning = Row("2026-11-23 10:00");

        // Monday 7.5 h + Tuesday 8.5 h + Wednesday 2 h.
        Assert.Equal("No response 18h", At("2026-11-25 11:00", mondayMorning).Text);
        // 27.5 working hours by Thursday noon: three calendar days since it arrived.
        Assert.Equal("No response 3d", At("2026-11-26 12:00", mondayMorning).Text);
    }

    [Fact]
    public void The_wait_is_counted_in_real_hours_across_the_clocks_going_forward()
    {
        // A business open round the clock; Sunday 29 March 2026 has 23 hours in London.
        var rules = new FlagRules(WorkingTime.Always(Some.Time), TimeSpan.FromMinutes(30), TimeSpan.FromDays(30), StatusSet.Default, RequiredFields.Default);
        var saturdayNoon = Row("2026-03-28 12:00");

        var flag = rules.For(saturdayNoon, null, Some.Time.ToInstant(Some.Local("2026-03-29 12:00")));

        Assert.Equal("No response 23h", flag.Text);
    }

    [Fact]
    public void A_lead_the_team_answered_is_not_flagged_no_response_even_if_its_status_went_back_to_new()
    {
        Assert.Equal(Flag.None, At("2026-11-23 15:00", Row("2026-11-23 10:00", firstResponse: "2026-11-23 10:10")));
    }

    [Fact]
    public void An_active_lead_whose_next_contact_has_passed_is_overdue_by_the_days_late()
    {
        var flag = At("2026-11-23 12:00", Row("2026-11-10 10:00", status: "Contacted", nextContact: "2026-11-20"));

        Assert.Equal(new Flag("Overdue 3d", Highlight.Late), flag);
    }

    [Fact]
    public void A_next_contact_today_is_not_overdue()
    {
        Assert.Equal(Flag.None, At("2026-11-23 17:00", Row("2026-11-10 10:00", status: "Qualified", nextContact: "2026-11-23")));
    }

    [Fact]
    public void An_active_lead_without_a_next_contact_has_no_next_step()
    {
        var flag = At("2026-11-23 12:00", Row("2026-11-10 10:00", status: "Contacted", nextContact: ""));

        Assert.Equal(new Flag("No next step", Highlight.NeedsAttention), flag);
    }

    [Fact]
    public void A_next_contact_a_person_wrote_in_words_is_a_next_step_though_never_overdue()
    {
        var lead = Row("2026-11-10 10:00", status: "Contacted", nextContact: "") with { NextContactText = "after Christmas" };

        Assert.Equal(Flag.None, At("2026-11-23 12:00", lead));
    }

    [Fact]
    public void A_lead_open_longer_than_the_conversion_window_is_stalled_by_the_days_open()
    {
        var flag = At("2026-11-23 12:00", Row("2026-10-20 10:00", status: "Proposal", nextContact: "2026-11-30"));

        Assert.Equal(new Flag("Stalled 34d", Highlight.NeedsAttention), flag);
    }

    [Fact]
    public void A_lead_missing_a_required_field_is_incomplete()
    {
        var flag = At("2026-11-23 12:00", Row("2026-11-10 10:00", status: "Contacted", nextContact: "2026-11-30", email: null));

        Assert.Equal(new Flag("Incomplete", Highlight.Incomplete), flag);
    }

    [Fact]
    public void A_lead_left_in_the_incomplete_status_is_incomplete_even_once_its_fields_are_there()
    {
        var flag = At("2026-11-23 12:00", Row("2026-11-23 11:50", status: "Incomplete"));

        Assert.Equal(new Flag("Incomplete", Highlight.Incomplete), flag);
    }

    [Fact]
    public void Several_flags_are_joined_in_order_and_the_colour_is_the_first_ones()
    {
        var flag = At("2026-11-23 12:00", Row("2026-10-20 10:00", status: "Incomplete", email: null), duplicateOf: Some.Id("L-000004"));

        Assert.Equal(new Flag("Possible duplicate of L-000004; No response 34d; Stalled 34d; Incomplete", Highlight.PossibleDuplicate), flag);
    }

    [Theory]
    [InlineData("Won")]
    [InlineData("Lost")]
    [InlineData("Unqualified")]
    public void A_closed_lead_is_flagged_only_as_a_possible_duplicate(string status)
    {
        var closed = Row("2026-09-01 10:00", status: status, email: null);

        Assert.Equal(Flag.None, At("2026-11-23 12:00", closed));
        Assert.Equal(new Flag("Possible duplicate of L-000004", Highlight.PossibleDuplicate), At("2026-11-23 12:00", closed, Some.Id("L-000004")));
    }

    [Theory]
    [InlineData("Possible duplicate of L-000004", "L-000004")]
    [InlineData("Possible duplicate of L-000004; No next step", "L-000004")]
    [InlineData("No next step; possible duplicate of l-000012", "L-000012")]
    public void The_lead_a_possible_duplicate_flag_names_is_read_back(string flag, string original)
    {
        Assert.Equal(Some.Id(original), FlagRules.PossibleDuplicateIn(flag));
    }

    [Theory]
    [InlineData("")]
    [InlineData("No response 5h")]
    [InlineData("Possible duplicate of someone")]
    public void A_flag_naming_no_lead_has_no_possible_duplicate(string flag)
    {
        Assert.Null(FlagRules.PossibleDuplicateIn(flag));
    }
}
