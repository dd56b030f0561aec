using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Summary;
using static SheetLeads.Core.Summary.SummaryLabels;
using static SheetLeads.Core.Tests.Summary.SummarySome;

namespace SheetLeads.Core.Tests.Summary;

public sealed class SummaryTablesTests
{
    private const string Now = "2026-11-25 12:00"; // a Wednesday

    [Fact]
    public void The_tables_come_in_the_order_of_the_spec_each_with_its_header()
    {
        var report = Build([], Now);

        Assert.Equal(
            [ByStatus, BySource, BySourceThisMonth, ResponseTimeBySource, ResponseTimeByOwner, SummaryLabels.ByOwner, NeedsAction,
             PastConversionWindowTable, LostReasons, OverdueAndStale, SummaryLabels.ChannelHealth, ColourLegend],
            report.Tables.Select(t => t.Title));
        Assert.Equal(["Source", "Leads", "Won", "Lost", "Unqualified", "Conversion"], report.Table(BySource).Header);
        Assert.Equal(["Owner", "Open", "Overdue", "No next step", "Oldest untouched"], report.Table(SummaryLabels.ByOwner).Header);
        Assert.Equal(["Reason", "Leads"], report.Table(LostReasons).Header);
        Assert.Equal(["Channel", "Last success", "Taken today", "Skipped today", "Last error"], report.Table(SummaryLabels.ChannelHealth).Header);
        Assert.Equal(["Lead", "Owner", "How late"], report.Table(OverdueAndStale).Header);
    }

    [Fact]
    public void By_status_lists_the_open_statuses_in_dropdown_order_then_what_the_team_typed()
    {
        var report = Build(
        [
            Lead(status: "Contacted"), Lead(status: "contacted"), Lead(status: "New"), Lead(status: "Waiting on parts"),
            Lead(status: ""), Lead(status: "Won"),
        ], Now);

        Assert.Equal(
            ["New | 1", "Incomplete | 0", "Contacted | 2", "Qualified | 0", "Proposal | 0", "(no status) | 1", "Waiting on parts | 1"],
            report.Table(ByStatus).Lines());
    }

    [Fact]
    public void By_source_counts_all_time_and_this_month_with_unqualified_as_the_closed_role()
    {
        var report = Build(
        [
            Lead("2026-11-02 10:00", "Won", source: "Email"),
            Lead("2026-11-03 10:00", "Lost", source: "Email"),
            Lead("2026-10-03 10:00", "Unqualified", source: "Email"),
            Lead("2026-10-04 10:00", "Won", source: "Email"),
            Lead("2026-11-05 10:00", "New", source: "Website form"),
            Lead(null, "Contacted", source: ""),
        ], Now);

        Assert.Equal(
            ["Email | 4 | 2 | 1 | 1 | 0.5", "(no source) | 1 | 0 | 0 | 0 | ", "Website form | 1 | 0 | 0 | 0 | "],
            report.Table(BySource).Lines());
        Assert.Equal(
            ["Email | 2 | 1 | 1 | 0 | 0.5", "Website form | 1 | 0 | 0 | 0 | "],
            report.Table(BySourceThisMonth).Lines());
    }

    [Fact]
    public void Lost_reasons_count_lost_leads_by_reason_most_first()
    {
        var report = Build(
        [
            Lead(status: "Lost", lostReason: "too expensive"), Lead(status: "Lost", lostReason: "Too expensive"),
            Lead(status: "Lost", lostReason: "timing"), Lead(status: "Lost"),
            Lead(status: "Unqualified", lostReason: "not a fit"), Lead(status: "Contacted", lostReason: "timing"),
        ], Now);

        Assert.Equal(["too expensive | 2", "(not given) | 1", "timing | 1"], report.Table(LostReasons).Lines());
    }

    [Fact]
    public void Response_time_per_source_and_owner_over_the_answered_with_those_waiting()
    {
        var report = Build(
        [
            Lead("2026-11-23 10:00", "Contacted", source: "Email", owner: "Alice Hart", firstResponse: "2026-11-23 10:15"),
            Lead("2026-11-23 10:00", "Contacted", source: "Email", owner: "Bob Singh", firstResponse: "2026-11-23 11:00"),
            Lead("2026-11-24 10:00", "Won", source: "Email", owner: "Bob Singh", firstResponse: "2026-11-24 13:00"),
            Lead("2026-11-25 11:00", "New", source: "Website form", owner: "Alice Hart"),
        ], Now);

        Assert.Equal(
            ["Email | 3 | 1 | 2.6 | 0.3333333333 | 0", "Website form | 0 |  |  |  | 1"],
            report.Table(ResponseTimeBySource).Lines());
        Assert.Equal(
            ["Alice Hart | 1 | 0.25 | 0.25 | 1 | 1", "Bob Singh | 2 | 2 | 2.8 | 0 | 0"],
            report.Table(ResponseTimeByOwner).Lines());
    }

    [Fact]
    public void By_owner_lists_every_team_member_and_links_the_oldest_untouched_lead()
    {
        var oldest = Lead("2026-11-24 10:00", "New", owner: "Bob Singh");
        var report = Build(
        [
            Lead("2026-11-25 10:00", "New", owner: "Bob Singh"),
            oldest,
            Lead("2026-11-20 10:00", "Contacted", owner: "Bob Singh", nextContact: "2026-11-24"),
            Lead("2026-11-20 10:00", "Qualified", owner: "Bob Singh"),
            Lead("2026-11-20 10:00", "Contacted", owner: "Dan Moss", nextContact: "2026-11-30"),
            Lead("2026-11-20 10:00", "Won", owner: "Alice Hart"),
        ], Now);

        var table = report.Table(SummaryLabels.ByOwner);
        Assert.Equal(["Alice Hart | 0 | 0 | 0 | ", "Bob Singh | 4 | 1 | 1 | 2026-11-24 10:00", "Dan Moss | 1 | 0 | 0 | "], table.Lines());
        Assert.Equal(new LeadLink(oldest.Id!.Value, oldest.Row.RowNumber), table.Rows[1][4].Link);
    }

    [Fact]
    public void Overdue_and_stale_says_how_late_in_the_flag_words_and_links_each_row_latest_first()
    {
        var unanswered = Lead("2026-11-25 09:00", "New", name: "Jane Smith", id: 7);
        var report = Build(
        [
            unanswered, // 3 working hours waited
            Lead("2026-11-20 10:00", "Contacted", nextContact: "2026-11-23", id: 8),
            Lead("2026-10-01 10:00", "Qualified", nextContact: "2026-11-24", id: 9),
            Lead("2026-11-25 11:50", "New", id: 10), // 10 minutes: not late yet
            Lead("2026-10-01 10:00", "Won", id: 11),
        ], Now);

        var table = report.Table(OverdueAndStale);
        Assert.Equal(
            ["L-000009 | Alice Hart | Overdue 1d, Stalled 55d", "L-000008 | Alice Hart | Overdue 2d", "L-000007 Jane Smith | Alice Hart | No response 3h"],
            table.Lines());
        Assert.Equal(new LeadLink(new LeadId(7), unanswered.Row.RowNumber), table.Rows[2][0].Link);
    }

    [Fact]
    public void Past_conversion_window_lists_open_leads_oldest_first_with_days_open()
    {
        var report = Build(
        [
            Lead("2026-10-20 10:00", "Contacted", id: 1),
            Lead("2026-09-01 10:00", "Proposal", id: 2),
            Lead("2026-09-01 10:00", "Lost", id: 3),
            Lead("2026-11-01 10:00", "Contacted", id: 4),
        ], Now);

        Assert.Equal(
            ["L-000002 | Alice Hart | Proposal | 2026-09-01 10:00 | 85", "L-000001 | Alice Hart | Contacted | 2026-10-20 10:00 | 36"],
            report.Table(PastConversionWindowTable).Lines());
    }

    [Fact]
    public void Needs_action_lists_what_falls_due_within_a_day_soonest_first()
    {
        var report = Build(
        [
            Lead("2026-11-20 10:00", "Contacted", nextContact: "2026-11-26", id: 1), // tomorrow
            Lead("2026-11-20 10:00", "Contacted", nextContact: "2026-11-25", id: 2), // today
            Lead("2026-11-20 10:00", "Contacted", nextContact: "2026-11-27", id: 3), // too far
            Lead("2026-11-25 11:50", "New", id: 4), // its 30 working minutes run out at 12:20
            Lead("2026-10-26 15:00", "Qualified", nextContact: "2026-12-01", id: 5), // its 30 days end today 15:00
            Lead("2026-11-20 10:00", "Contacted", nextContact: "2026-11-24", id: 6), // already overdue
        ], Now);

        Assert.Equal(
            [
                "L-000002 | Alice Hart | Contacted | Next contact | 2026-11-25",
                "L-000004 | Alice Hart | New | First response | 2026-11-25 12:20",
                "L-000005 | Alice Hart | Qualified | Conversion window ends | 2026-11-25 15:00",
                "L-000001 | Alice Hart | Contacted | Next contact | 2026-11-26",
            ],
            report.Table(NeedsAction).Lines());
    }

    [Fact]
    public void A_first_response_due_after_the_weekend_is_not_due_within_a_day()
    {
        var report = Build([Lead("2026-11-27 17:20", "New", id: 1)], "2026-11-27 18:00"); // Friday evening: due Monday 09:20

        Assert.Empty(report.Table(NeedsAction).Rows);
    }

    [Fact]
    public void The_colour_legend_paints_each_highlight_in_its_colour()
    {
        var legend = Build([], Now).Table(ColourLegend);

        Assert.Equal(
            [Highlight.Late, Highlight.NeedsAttention, Highlight.Incomplete, Highlight.PossibleDuplicate],
            legend.Rows.Select(r => r[0].Highlight));
        Assert.All(legend.Rows, r => Assert.Equal(Highlight.None, r[1].Highlight));
    }

    [Fact]
    public void The_weekly_table_has_the_last_12_monday_weeks_oldest_first_by_source()
    {
        var report = Build(
        [
            Lead("2026-11-23 09:00", source: "Email"), // this week (Monday)
            Lead("2026-11-22 23:59", source: "Email"), // last week (Sunday)
            Lead("2026-11-16 10:00", source: "Website form"),
            Lead("2026-09-07 10:00", source: "Website form"), // the oldest week shown
            Lead("2026-09-06 10:00", source: "Website form"), // too old
            Lead("2026-11-20 10:00", source: "Email"),
        ], Now);

        var weekly = report.WeeklyBySource;
        Assert.Equal(["Week", "Email", "Website form"], weekly.Header);
        Assert.Equal(12, weekly.Rows.Count);
        Assert.Equal("2026-09-07 | 0 | 1", string.Join(" | ", weekly.Rows[0].Select(c => c.Value.AsText())));
        Assert.Equal("2026-11-16 | 2 | 1", string.Join(" | ", weekly.Rows[10].Select(c => c.Value.AsText())));
        Assert.Equal("2026-11-23 | 1 | 0", string.Join(" | ", weekly.Rows[11].Select(c => c.Value.AsText())));
        Assert.All(weekly.Rows, r => Assert.Equal(DayOfWeek.Monday, DateOnly.FromDateTime(r[0].Value.DateTimeValue).DayOfWeek));
    }
}
