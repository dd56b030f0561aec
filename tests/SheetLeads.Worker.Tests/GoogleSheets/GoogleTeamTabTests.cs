using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary>The Team tab on Google (SPEC §4): init adds it, the cycle's one read brings it, and Away steers new leads.</summary>
public sealed class GoogleTeamTabTests
{
    private static void AddMails(GoogleWorkspace w, int count)
    {
        for (var n = 1; n <= count; n++)
            w.Files.AddMail($"{n}.eml", Mails.Enquiry($"g{n}@example.org", $"Customer {n} <c{n}@example.org>", "Radiator", $"Radiator {n} is cold.",
                date: $"Mon, 16 Nov 2026 09:{10 + n}:00 +0000"));
    }

    [Fact]
    public async Task Init_adds_a_Team_tab_with_the_configured_members_under_a_frozen_header()
    {
        await using var w = await GoogleWorkspace.StartAsync();

        var run = await w.RunAsync(null, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        var team = w.Google.Spreadsheet.Tab("Team");
        var rows = team.FormattedValues();
        Assert.Equal(["Name", "Email", "Away"], rows[0]);
        Assert.Equal(["Alice Hart", "Bob Singh"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(1, team.FrozenRowCount);
        var check = await w.RunAsync(null, "check");
        Assert.Contains("ok   Team tab: 2 member(s) take new leads in turn: Alice Hart, Bob Singh.", check.Stdout);
    }

    [Fact]
    public async Task Members_marked_Away_get_no_new_leads_and_the_Team_tab_costs_no_extra_call()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Google.Spreadsheet.AddTab("Team").SetRows("A1", ["Name", "Email", "Away"], ["Alice Hart", "alice@brightpath.example", "TRUE"],
            ["Bob Singh", "", ""], ["Dana Lee", "dana@brightpath.example", "no"]);
        AddMails(w, 1);
        Assert.Equal(0, (await w.SyncOnceAsync()).ExitCode); // the first cycle takes the sheet's lease
        AddMails(w, 5);

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        // One read (Leads and Team together), one append, one format write: the Team tab costs nothing extra.
        Assert.True(run.SummaryLine.Contains(" created=4 ", StringComparison.Ordinal) && run.SummaryLine.Contains(" api_calls=3 ", StringComparison.Ordinal), run.SummaryLine);
        var leads = w.Read();
        var owners = leads.Rows.Select(r => leads.Cell(r, LeadColumn.Owner)).ToArray();
        Assert.Equal(5, owners.Length);
        Assert.DoesNotContain("Alice Hart", owners);
        Assert.Equal(["Bob Singh", "Dana Lee"], owners.Distinct().Order());
    }

    [Fact]
    public async Task A_sheet_without_a_Team_tab_costs_one_extra_read_noted_for_an_hour_across_runs()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        AddMails(w, 1);
        var first = await w.SyncOnceAsync();
        AddMails(w, 3);

        var second = await w.SyncOnceAsync();

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("has no Team tab: new leads rotate among the configured team (run init to add the tab)", first.Stderr);
        Assert.True(second.SummaryLine.Contains(" api_calls=3 ", StringComparison.Ordinal), second.SummaryLine); // noted: no failed read this time
        Assert.DoesNotContain("has no Team tab", second.Stderr);
        var leads = w.Read();
        Assert.Equal(["Alice Hart", "Bob Singh"], leads.Rows.Select(r => leads.Cell(r, LeadColumn.Owner)).Distinct().Order());
    }
}
