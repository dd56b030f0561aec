using SheetLeads.Core.Notifications;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Tests.Summary;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Notifications;

/// <summary>
/// SPEC §7: the manager hears of a lead past twice the response target (working time: evenings, weekends and
/// holidays do not count) or overdue by the set days, of a silent channel once, and gets the daily digest.
/// </summary>
public sealed class ManagerNoticesTests
{
    private static readonly NoticeSettings Settings = new("owner@brightpath.example", [], OverdueDays: 2, Some.Time);
    private static readonly ManagerNotices Notices = new(SummarySome.Settings(), Settings);

    private static DateTimeOffset At(string local) => Some.Time.ToInstant(Some.Local(local));

    [Theory]
    // Friday 20 Nov 17:10, 20 minutes before closing: the weekend does not count, so an hour of working time
    // (twice the 30-minute target) is reached on Monday at 09:40.
    [InlineData("2026-11-20 17:10", "2026-11-23 09:39", false)]
    [InlineData("2026-11-20 17:10", "2026-11-23 09:41", true)]
    // Saturday evening: counts from Monday's opening.
    [InlineData("2026-11-21 20:00", "2026-11-23 09:59", false)]
    [InlineData("2026-11-21 20:00", "2026-11-23 10:01", true)]
    // Christmas Day (a Friday holiday), then the weekend: counts from Monday 28 December.
    [InlineData("2026-12-25 10:00", "2026-12-28 09:59", false)]
    [InlineData("2026-12-25 10:00", "2026-12-28 10:01", true)]
    // Tuesday 21:00 after hours: from Wednesday 09:00.
    [InlineData("2026-11-24 21:00", "2026-11-25 09:45", false)]
    [InlineData("2026-11-24 21:00", "2026-11-25 10:15", true)]
    public void An_unanswered_lead_is_escalated_once_it_has_waited_twice_the_target_in_working_time(string received, string now, bool escalated)
    {
        var lead = SummarySome.Lead(received: received, status: "New", id: 7, name: "Jane Smith");

        var escalations = Notices.Escalations([lead], At(now));

        Assert.Equal(escalated, escalations.Any(e => e.Key == "escalation:no-response:L-000007"));
    }

    [Fact]
    public void An_answered_or_closed_lead_is_not_escalated_for_a_response()
    {
        var answered = SummarySome.Lead(received: "2026-11-16 09:00", status: "Contacted", firstResponse: "2026-11-16 11:00", nextContact: "2026-12-01");
        var won = SummarySome.Lead(received: "2026-11-16 09:00", status: "Won");

        Assert.Empty(Notices.Escalations([answered, won], At("2026-11-23 12:00")));
    }

    [Theory]
    [InlineData("2026-11-22", false)] // one day past
    [InlineData("2026-11-21", true)] // two days past: OverdueDays
    public void An_active_lead_is_escalated_when_its_Next_contact_is_the_set_days_past(string nextContact, bool escalated)
    {
        var lead = SummarySome.Lead(received: "2026-11-16 09:00", status: "Proposal", firstResponse: "2026-11-16 10:00", nextContact: nextContact, id: 9);

        var escalation = Notices.Escalations([lead], At("2026-11-23 12:00")).SingleOrDefault();

        Assert.Equal(escalated, escalation is not null);
        if (escalation is not null)
            Assert.Equal($"escalation:overdue:L-000009:{nextContact}", escalation.Key);
    }

    [Fact]
    public void One_mail_tells_every_fresh_escalation_and_covers_each_so_none_is_told_twice()
    {
        var leads = new[]
        {
            SummarySome.Lead(received: "2026-11-16 09:00", status: "New", id: 1, name: "Jane Smith", owner: "Bob Singh"),
            SummarySome.Lead(received: "2026-11-16 09:00", status: "Proposal", firstResponse: "2026-11-16 10:00", nextContact: "2026-11-18", id: 2),
        };

        var escalations = Notices.Escalations(leads, At("2026-11-23 12:00"));
        var notice = Notices.Escalation(escalations)!;

        Assert.Equal("2 leads need your attention", notice.Subject);
        Assert.Equal("owner@brightpath.example", notice.To);
        Assert.Equal(["escalation:no-response:L-000001", "escalation:overdue:L-000002:2026-11-18"], notice.Covers);
        Assert.Contains(notice.Lines, l => l.Text.StartsWith("L-000001 Jane Smith: no first response after ", StringComparison.Ordinal) && l.Text.EndsWith("; owner Bob Singh", StringComparison.Ordinal) && l.Row is not null);
        Assert.Contains(notice.Lines, l => l.Text == "L-000002: Next contact 2026-11-18 is 5 days past; owner Alice Hart");
        Assert.Null(Notices.Escalation([]));
        Assert.Null(new ManagerNotices(SummarySome.Settings(), Settings with { Manager = null }).Escalation(escalations));
    }

    [Fact]
    public void A_silent_channel_is_one_notice_for_each_silence_whatever_its_errors_say()
    {
        var since = At("2026-11-23 09:00");
        var first = Notices.Silent(new SilentChannel("enquiries", since, since.AddDays(-10), "connection refused"))!;
        var sameSilence = Notices.Silent(new SilentChannel("enquiries", since, since.AddDays(-10), "login refused"))!;
        var later = Notices.Silent(new SilentChannel("enquiries", since.AddHours(3), since.AddDays(-10), "connection refused"))!;

        Assert.Equal(first.Key, sameSilence.Key);
        Assert.NotEqual(first.Key, later.Key);
        Assert.Equal("Channel enquiries is not being read", first.Subject);
        Assert.Contains(first.Lines, l => l.Text == "SheetLeads has not completed a read of the channel 'enquiries' since 2026-11-23 09:00.");
        Assert.Contains(first.Lines, l => l.Text == "Last error: connection refused");
    }

    [Fact]
    public void The_digest_has_the_key_figures_as_the_Summary_shows_them_and_the_late_leads_with_links()
    {
        var leads = new[]
        {
            SummarySome.Lead(received: "2026-11-23 09:00", status: "Contacted", firstResponse: "2026-11-23 09:45", nextContact: "2026-11-30", id: 1),
            SummarySome.Lead(received: "2026-11-16 09:00", status: "New", id: 2, name: "Jane Smith"),
        };
        var report = new SummaryBuilder(SummarySome.Settings()).Build(leads, [], [], At("2026-11-23 12:00"));

        var digest = Notices.Digest(report, new DateOnly(2026, 11, 23))!;

        Assert.Equal("digest:2026-11-23", digest.Key);
        Assert.Equal(ManagerNotices.DigestKey(new DateOnly(2026, 11, 23)), digest.Key);
        Assert.Equal("Leads digest for Monday 23 November 2026", digest.Subject);
        var text = digest.Lines.Select(l => l.Text).ToArray();
        Assert.Contains("  Open leads: 2", text);
        Assert.Contains("  Median first response (working hours): 0.8", text);
        Assert.Contains("  Answered within target: 0%", text);
        Assert.Contains("Overdue and stale (1)", text);
        Assert.Contains(digest.Lines, l => l.Text.StartsWith("  L-000002 Jane Smith · Alice Hart · No response", StringComparison.Ordinal) && l.Row!.Id.ToString() == "L-000002");
    }
}
