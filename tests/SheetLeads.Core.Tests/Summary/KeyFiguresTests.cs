using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Tests.Support;
using static SheetLeads.Core.Summary.SummaryLabels;
using static SheetLeads.Core.Tests.Summary.SummarySome;

namespace SheetLeads.Core.Tests.Summary;

public sealed class KeyFiguresTests
{
    private const string Now = "2026-11-25 12:00"; // a Wednesday

    // Every figure below is worked out by hand from these ten rows (working hours Mon–Fri 09:00–17:30).
    private static readonly Lead[] Sheet =
    [
        Lead("2026-11-25 09:10", "New"), // today, waiting 2h50 of working time
        Lead("2026-11-23 10:00", "Contacted", firstResponse: "2026-11-23 10:15", nextContact: "2026-11-24"), // 0.25h, overdue
        Lead("2026-11-22 11:00", "Qualified", firstResponse: "2026-11-23 09:30"), // Sunday: counts from Monday 09:00, 0.5h; no next step
        Lead("2026-11-20 17:00", "Proposal", firstResponse: "2026-11-23 09:30", nextContact: "2026-11-25"), // Friday 30 min + Monday 30 min = 1h
        Lead("2026-11-02 10:00", "Won", firstResponse: "2026-11-02 12:00"), // 2h
        Lead("2026-11-03 09:00", "Lost", firstResponse: "2026-11-03 13:00", lostReason: "too expensive"), // 4h
        Lead("2026-11-04 10:00", "Unqualified"),
        Lead("2026-11-05 10:00", "Unqualified"),
        Lead("2026-10-20 10:00", "Contacted", firstResponse: "2026-10-20 10:10", nextContact: "2026-12-01"), // older than 30 days; past the window
        Lead("2026-10-31 10:00", "Won"), // last month
    ];

    [Fact]
    public void The_key_figures_carry_exactly_the_labels_of_the_spec_in_its_order()
    {
        var report = Build(Sheet, Now);

        Assert.Equal(
            [
                "Open leads", "Arrived today", "Arrived this week", "Arrived this month", "Waiting for first response",
                "Median first response (working hours)", "90th percentile first response (working hours)",
                "Answered within target", "Overdue", "No next step", "Past conversion window", "Won this month",
                "Conversion this month",
            ],
            report.KeyFigures.Select(f => f.Label));
    }

    [Fact]
    public void Counts_follow_the_definitions_of_the_spec()
    {
        var report = Build(Sheet, Now);

        Assert.Equal(5, report.Figure(OpenLeads).Number());
        Assert.Equal(1, report.Figure(ArrivedToday).Number());
        Assert.Equal(2, report.Figure(ArrivedThisWeek).Number()); // Monday and today, not the Sunday before
        Assert.Equal(8, report.Figure(ArrivedThisMonth).Number());
        Assert.Equal(1, report.Figure(WaitingForFirstResponse).Number());
        Assert.Equal(1, report.Figure(Overdue).Number());
        Assert.Equal(1, report.Figure(NoNextStep).Number());
        Assert.Equal(1, report.Figure(PastConversionWindow).Number());
        Assert.Equal(1, report.Figure(WonThisMonth).Number());
        Assert.All(report.KeyFigures.Where(f => f.Label is not (MedianFirstResponse or Percentile90FirstResponse or AnsweredWithinTarget or ConversionThisMonth)),
            f => Assert.Equal(SummaryFormat.Count, f.Value.Format));
    }

    [Fact]
    public void Response_times_count_working_hours_only_over_the_last_30_days()
    {
        var report = Build(Sheet, Now);

        // 0.25, 0.5, 1, 2, 4 hours: the median is the middle one, the 90th percentile 2 + 0.6 × (4 − 2).
        Assert.Equal(1.0, report.Figure(MedianFirstResponse).Number());
        Assert.Equal(3.2, report.Figure(Percentile90FirstResponse).Number());
        Assert.Equal(0.4, report.Figure(AnsweredWithinTarget).Number()!.Value, 10);
        Assert.Equal(SummaryFormat.Hours, report.Figure(MedianFirstResponse).Format);
        Assert.Equal(SummaryFormat.Percent, report.Figure(AnsweredWithinTarget).Format);
    }

    [Fact]
    public void Conversion_is_won_over_won_lost_and_unqualified_of_the_leads_that_arrived_this_month()
    {
        var report = Build(Sheet, Now);

        Assert.Equal(0.25, report.Figure(ConversionThisMonth).Number());
        Assert.Equal(SummaryFormat.Percent, report.Figure(ConversionThisMonth).Format);
    }

    [Fact]
    public void Hours_are_numbers_shown_with_one_decimal_by_their_format_not_rounded_away()
    {
        var report = Build([Lead("2026-11-23 10:00", "Contacted", firstResponse: "2026-11-23 10:20")], Now);

        Assert.Equal(1.0 / 3, report.Figure(MedianFirstResponse).Number()!.Value, 10); // 20 minutes
        Assert.Equal(SummaryFormat.Hours, report.Figure(MedianFirstResponse).Format);
    }

    [Fact]
    public void Figures_over_no_leads_are_left_empty_not_zero()
    {
        var report = Build([Lead("2026-11-23 10:00", "New"), Lead("2026-11-24 10:00", "Contacted", nextContact: "2026-11-30")], Now);

        Assert.Equal(CellKind.Empty, report.Figure(MedianFirstResponse).Value.Kind);
        Assert.Equal(CellKind.Empty, report.Figure(Percentile90FirstResponse).Value.Kind);
        Assert.Equal(CellKind.Empty, report.Figure(AnsweredWithinTarget).Value.Kind);
        Assert.Equal(CellKind.Empty, report.Figure(ConversionThisMonth).Value.Kind);
        Assert.Equal(0, report.Figure(WonThisMonth).Number());
    }

    [Fact]
    public void An_enquiry_after_hours_counts_from_the_next_opening()
    {
        var report = Build([Lead("2026-11-24 20:00", "Contacted", firstResponse: "2026-11-25 09:45")], Now);

        Assert.Equal(0.75, report.Figure(MedianFirstResponse).Number()); // 45 minutes from 09:00
        Assert.Equal(0.0, report.Figure(AnsweredWithinTarget).Number());
    }

    [Fact]
    public void A_weekend_and_a_holiday_do_not_count_toward_response_time()
    {
        // Christmas Eve 17:00 (Thursday), Christmas Day closed, then the weekend: answered Monday 09:30.
        var report = Build([Lead("2026-12-24 17:00", "Contacted", firstResponse: "2026-12-28 09:30")], "2026-12-29 12:00");

        Assert.Equal(1.0, report.Figure(MedianFirstResponse).Number());
    }

    [Fact]
    public void Response_time_across_the_autumn_clock_change_counts_working_hours_not_wall_clock_hours()
    {
        // Friday 17:00 summer time to Monday 09:30 winter time: half an hour each side.
        var report = Build([Lead("2026-10-23 17:00", "Contacted", firstResponse: "2026-10-26 09:30")], "2026-11-02 12:00");

        Assert.Equal(1.0, report.Figure(MedianFirstResponse).Number());
    }

    [Fact]
    public void Days_weeks_and_months_are_those_of_the_business_time_zone()
    {
        // 31 October 23:30 UTC is already 1 November 01:30 in Kyiv: this month there, last month in UTC.
        var kyiv = new Core.Normalisation.BusinessTime(TestZones.KyivLike);
        var settings = Settings(time: kyiv, hours: WorkingHoursForTests.MondayToFriday(kyiv, "09:00", "17:30", holidays: []));
        var lead = Lead("2026-11-01 01:30", "Won", time: kyiv);

        var report = new SummaryBuilder(settings).Build([lead], [], [], At("2026-11-02 00:30", kyiv)); // Monday 00:30 in Kyiv

        Assert.Equal(Some.Utc("2026-10-31 23:30"), lead.Received);
        Assert.Equal(1, report.Figure(ArrivedThisMonth).Number());
        Assert.Equal(1, report.Figure(WonThisMonth).Number());
        Assert.Equal(0, report.Figure(ArrivedThisWeek).Number()); // Sunday belongs to the week before
    }

    [Fact]
    public void A_lead_received_exactly_the_conversion_window_ago_is_not_yet_past_it()
    {
        var report = Build([Lead("2026-10-26 12:00", "Contacted", nextContact: "2026-11-30"), Lead("2026-10-26 11:59", "Contacted", nextContact: "2026-11-30")], Now);

        Assert.Equal(1, report.Figure(PastConversionWindow).Number());
    }

    [Fact]
    public void The_report_is_stamped_with_the_business_wall_clock_time()
    {
        var report = Build([], "2026-07-01 12:00"); // summer time

        Assert.Equal(Some.Local("2026-07-01 12:00"), report.UpdatedAt);
    }
}
