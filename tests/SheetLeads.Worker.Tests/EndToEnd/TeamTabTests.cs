using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.Workbook;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>The Team tab (SPEC §4): init writes it from the configured team, and the team's edits steer who gets new leads.</summary>
public sealed class TeamTabTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Init_writes_a_Team_tab_of_the_configured_members_with_a_bold_header()
    {
        var run = await _workspace.RunAsync("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var file = XlsxFile.Open(_workspace.WorkbookPath);
        Assert.Equal(["Name", "Email", "Away"], file.Row("Team", 1));
        Assert.True(file.IsBold(file.Cell("Team", "A1")!));
        Assert.Equal("Alice Hart", file.Text("Team", "A2"));
        Assert.Equal("Bob Singh", file.Text("Team", "A3"));
        Assert.Contains("Added a Team tab", run.Stderr);
    }

    [Fact]
    public async Task A_member_marked_Away_gets_no_new_leads_and_a_member_added_in_the_tab_joins_the_rotation()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.WorkbookPath)!);
        new SeedWorkbook()
            .Tab("Leads", LeadColumns.DefaultHeader)
            .Tab("Team", ["Name", "Email", "Away"],
                ["Alice Hart", "alice@brightpath.example", "yes, until 1 Dec"],
                ["Bob Singh", "bob@brightpath.example", null],
                ["Dana Lee", "dana@brightpath.example", "no"])
            .Save(_workspace.WorkbookPath);
        for (var n = 1; n <= 4; n++)
            _workspace.AddMail($"{n}.eml", Mails.Enquiry($"t{n}@example.org", $"Customer {n} <c{n}@example.org>", "Radiator", $"Radiator {n} is cold.",
                date: $"Mon, 16 Nov 2026 09:{10 + n}:00 +0000"));

        var run = await _workspace.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        var owners = leads.Snapshot.Rows.OrderBy(r => leads.Cell(r, LeadColumn.LeadId)).Select(r => leads.Cell(r, LeadColumn.Owner)).ToArray();
        Assert.Equal(["Bob Singh", "Dana Lee", "Bob Singh", "Dana Lee"], owners);
    }

    [Fact]
    public async Task Check_says_who_takes_new_leads_and_fails_when_everyone_is_away()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.WorkbookPath)!);
        new SeedWorkbook().Tab("Leads", LeadColumns.DefaultHeader)
            .Tab("Team", ["Name", "Email", "Away"], ["Alice Hart", null, "yes"], ["Bob Singh", null, null]).Save(_workspace.WorkbookPath);
        var some = await _workspace.RunAsync("check");
        new SeedWorkbook().Tab("Leads", LeadColumns.DefaultHeader)
            .Tab("Team", ["Name", "Email", "Away"], ["Alice Hart", null, "yes"], ["Bob Singh", null, "x"]).Save(_workspace.WorkbookPath);

        var none = await _workspace.RunAsync("check");

        Assert.Contains("ok   Team tab: 1 member(s) take new leads in turn: Bob Singh; Away: Alice Hart.", some.Stdout);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains($"FAIL Team tab: Every member in the Team tab of {_workspace.WorkbookPath} is Away (Alice Hart, Bob Singh): new leads no rule decides get no owner.", none.Stdout);
    }
}
