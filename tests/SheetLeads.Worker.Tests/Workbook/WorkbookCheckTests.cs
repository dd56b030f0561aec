using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_team_workbook_passes_every_check()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        Assert.All(verdicts, v => Assert.True(v.Ok, v.Message));
        Assert.Equal(["workbook folder", "workbook file", "workbook lock", "Leads tab", "Leads columns", "Team tab"], verdicts.Select(v => v.Subject));
    }

    [Fact]
    public async Task On_a_fresh_machine_check_says_the_workbook_will_be_created_and_creates_nothing()
    {
        var path = Path.Combine(_folder.Path, "data", "leads.xlsx");
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        Assert.All(verdicts, v => Assert.True(v.Ok, v.Message));
        Assert.Equal($"{path} does not exist yet; the first sync (or 'sheetleads init') creates it with a Leads tab.", verdicts.Single(v => v.Subject == "workbook file").Message);
        Assert.StartsWith($"The folder {Path.GetDirectoryName(path)} does not exist yet; it will be created", verdicts.Single(v => v.Subject == "workbook folder").Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task A_renamed_required_header_is_reported_by_check()
    {
        var path = _folder.File("leads.xlsx");
        string[] header = [.. Seed.TeamHeader.Select(h => h == "E-mail" ? "Mail" : h)];
        new SeedWorkbook().Tab("Leads", header, Seed.TeamRow("L-000001", null, "Ann Lee", "ann@example.com")).Save(path);
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        var columns = verdicts.Single(v => v.Subject == "Leads columns");
        Assert.False(columns.Ok);
        Assert.Equal($"The Leads tab of {path} has no 'Email' (or 'E-mail', 'Email address', 'E-mail address') column, so SheetLeads will not write it; " +
                     $"its header row is: {string.Join(" | ", header)}. Rename the column back (or to one of the names given), " +
                     "or run 'sheetleads init', which adds missing columns at the end of the header.", columns.Message);
    }

    [Fact]
    public async Task A_missing_optional_column_passes_with_a_hint_to_run_init()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Tab("Leads", [.. Seed.TeamHeader.Where(h => h != "Flag")]).Save(path);
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        var columns = verdicts.Single(v => v.Subject == "Leads columns");
        Assert.True(columns.Ok);
        Assert.Equal("The Leads tab has every required column; it lacks 'Flag', which SheetLeads then leaves out ('sheetleads init' adds them).", columns.Message);
    }

    [Fact]
    public async Task A_workbook_open_in_libre_office_fails_the_lock_check()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        await File.WriteAllTextAsync(_folder.File(".~lock.leads.xlsx#"), ",Alice,desk,22.11.2026 10:00,;");
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        var verdict = verdicts.Single(v => v.Subject == "workbook lock");
        Assert.False(verdict.Ok);
        Assert.StartsWith($"{path} is open in another program (LibreOffice lock file .~lock.leads.xlsx# found)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_without_the_leads_tab_fails_the_tab_check()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Rows("Sheet1", ["Hello"]).Save(path);
        using var sheet = Some.Sheet(path);

        var verdicts = await sheet.CheckAsync(CancellationToken.None);

        Assert.Equal(new CheckVerdict("Leads tab", false, $"{path} has no Leads tab (its tabs are: Sheet1). Rename the tab back to Leads, or run 'sheetleads init' to add one."),
            verdicts.Single(v => v.Subject == "Leads tab"));
        Assert.DoesNotContain(verdicts, v => v.Subject == "Leads columns");
    }
}
