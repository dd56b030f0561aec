using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.GoogleSheets;

/// <summary><c>init</c> and <c>check</c> of the real worker against a spreadsheet on the emulator.</summary>
public sealed class GoogleInitCheckTests
{
    [Fact]
    public async Task Init_lays_out_an_empty_spreadsheet_and_a_second_init_sends_nothing()
    {
        await using var w = await EmptyAsync("Sheet1");

        var init = await w.RunAsync(null, "init");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("Added a Leads tab", init.Stdout);
        Assert.Contains("Added a Summary tab", init.Stdout);
        var leads = w.Leads;
        Assert.Equal(LeadColumns.DefaultHeader, w.Read().Header);
        Assert.Equal(1, leads.FrozenRowCount);
        Assert.NotNull(leads.BasicFilterRange);
        Assert.Equal(["New", "Incomplete", "Contacted", "Qualified", "Proposal", "Won", "Lost", "Unqualified"], leads.DataValidation("J2")!.Values);
        Assert.Equal(["Hot", "Warm", "Cold"], leads.DataValidation("I500")!.Values);
        Assert.Equal(["Alice Hart", "Bob Singh"], leads.DataValidation("K2")!.Values);
        Assert.Equal("DATE_TIME", leads.NumberFormatType("B2"));
        Assert.Equal("DATE", leads.NumberFormatType("L7"));
        Assert.Equal(50 * 7 + 10, leads.ColumnWidth(7));

        w.Google.Emulator.Requests.Clear();
        var again = await w.RunAsync(null, "init");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("nothing to change", again.Stdout);
        Assert.Equal(0, w.Google.Emulator.Requests.Writes);
    }

    [Fact]
    public async Task Init_adds_missing_columns_after_the_teams_own_and_keeps_every_cell()
    {
        await using var w = await EmptyAsync("Leads");
        w.Leads.SetRows("A1", ["Lead ID", "Name", "E-mail", "Status", "Budget"], ["L-000001", "Amy Able", "amy@example.com", "Won", "£5,000"]);
        var before = w.Leads.FormattedValues();

        var init = await w.RunAsync(null, "init");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("Added column 'Received' to Leads", init.Stdout);
        var after = w.Leads.FormattedValues();
        Assert.Equal(before[1], after[1].Take(before[1].Count));
        Assert.Equal(["Lead ID", "Name", "E-mail", "Status", "Budget", "Received"], after[0].Take(6));
        Assert.Equal(5 + LeadColumns.DefaultHeader.Count - 4, after[0].Count);
        Assert.True(w.Leads.Cell("F1").FormattedValue == "Received" && w.Leads.Cell("A1").FormattedValue == "Lead ID");
    }

    [Fact]
    public async Task Check_on_a_prepared_sheet_passes_every_verdict()
    {
        await using var w = await GoogleWorkspace.StartAsync();

        var check = await w.RunAsync(null, "check");

        Assert.Contains($"may edit Google spreadsheet {EmulatedGoogle.SpreadsheetId}", check.Stdout);
        Assert.Contains("The Leads tab has every column SheetLeads writes.", check.Stdout);
        Assert.DoesNotContain(check.Stdout.Split('\n'), l => l.StartsWith("FAIL sheet", StringComparison.Ordinal) || l.StartsWith("FAIL Leads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_on_a_sheet_shared_read_only_says_to_share_it_as_Editor()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Google.Spreadsheet.Share(w.Google.Account.Email, canEdit: false);

        var check = await w.RunAsync(null, "check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"share the sheet with {w.Google.Account.Email} as Editor", check.Stdout + check.Stderr);
        Assert.Contains("opens with the key of", check.Stdout);
    }

    [Fact]
    public async Task Check_names_a_wrong_spreadsheet_id_and_a_missing_Status_column()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        var wrongId = await w.RunAsync(new Dictionary<string, string> { ["SheetLeads__Sheet__Google__SpreadsheetId"] = "no-such-sheet" }, "check");
        Assert.Equal(1, wrongId.ExitCode);
        Assert.Contains("check SheetLeads:Sheet:Google:SpreadsheetId", wrongId.Stdout + wrongId.Stderr);

        w.Leads.Type("J1", "Stage of deal");
        var noStatus = await w.RunAsync(null, "check");
        Assert.Equal(1, noStatus.ExitCode);
        Assert.Contains("has no 'Status' (or 'Stage') column", noStatus.Stdout + noStatus.Stderr);
    }

    private static async Task<GoogleWorkspace> EmptyAsync(string tab) => await GoogleWorkspace.StartAsync(tabs: tab, header: false);
}
