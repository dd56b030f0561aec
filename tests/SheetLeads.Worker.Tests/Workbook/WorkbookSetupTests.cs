using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookSetupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Init_creates_the_workbook_and_its_folder_with_a_laid_out_leads_tab()
    {
        var path = Path.Combine(_folder.Path, "data", "leads.xlsx");
        using var sheet = Some.Sheet(path);

        var done = await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        Assert.Equal([$"Created {path} with a Leads tab", Some.TeamAdded(path)], done);
        using var file = XlsxFile.Open(path);
        var leads = file.Sheet("Leads");
        Assert.Equal(LeadColumns.DefaultHeader, file.Row("Leads", 1));
        Assert.All(leads.Descendants<Row>().Single(r => r.RowIndex!.Value == 1).Elements<Cell>(), c => Assert.True(file.IsBold(c)));
        var pane = leads.Descendants<Pane>().Single();
        Assert.Equal((1d, PaneStateValues.Frozen, "A2"), (pane.VerticalSplit!.Value, pane.State!.Value, pane.TopLeftCell!.Value));
        Assert.Equal("A1:S1", leads.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var columns = leads.GetFirstChild<Columns>()!.Elements<Column>().ToDictionary(c => (int)c.Min!.Value);
        Assert.Equal(50d, columns[8].Width!.Value);
        Assert.Equal(30d, columns[5].Width!.Value);
        Assert.Equal("yyyy-mm-dd hh:mm", file.FormatCode(file.Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)columns[2].Style!.Value).NumberFormatId!.Value));
        Assert.Equal("yyyy-mm-dd", file.FormatCode(file.Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)columns[12].Style!.Value).NumberFormatId!.Value));
        var dropdowns = leads.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!, v => v.Formula1!.Text);
        Assert.Equal(new Dictionary<string, string>
        {
            ["J2:J1048576"] = "\"New,Incomplete,Contacted,Qualified,Proposal,Won,Lost,Unqualified\"",
            ["K2:K1048576"] = "\"Alice Hart,Bob Stone\"",
            ["I2:I1048576"] = "\"Hot,Warm,Cold\"",
            ["M2:M1048576"] = "\"Too expensive,No budget,Chose competitor,No response,Not a fit,Timing,Duplicate,Other\"",
        }, dropdowns);
    }

    [Fact]
    public async Task Init_leaves_out_the_owner_dropdown_when_the_team_has_no_members()
    {
        var path = _folder.File("leads.xlsx");
        using var sheet = Some.Sheet(path);

        await sheet.PrepareAsync(Some.Layout(owners: []), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.DoesNotContain("K2:K1048576", file.Sheet("Leads").Descendants<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText));
        Assert.Equal(3, file.Sheet("Leads").Descendants<DataValidation>().Count());
    }

    [Fact]
    public async Task Init_adds_a_missing_column_at_the_end_of_the_header_and_keeps_the_data()
    {
        var path = _folder.File("leads.xlsx");
        string[] header = [.. Seed.TeamHeader.Where(h => h != "Flag")];
        object?[] Row(object?[] row) => [.. row.Take(18), .. row.Skip(19)];
        new SeedWorkbook()
            .Tab("Leads", header,
                Row(Seed.TeamRow("L-000001", new DateTime(2026, 11, 20, 9, 15, 0), "Ann Lee", "ann@example.com", budget: "5000", refs: "mail:a1@example.com")))
            .Rows("Team notes", ["Remember"])
            .WithTeamSettings()
            .Save(path);
        using var sheet = Some.Sheet(path);

        var done = await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        Assert.Equal(["Added column 'Flag' to Leads", "Added a filter to the header row of Leads", "Added dropdowns for Status, Owner, Temperature and Lost reason to Leads",
            $"Added a Summary tab to {path} (filled at the next Summary refresh)", Some.TeamAdded(path)], done);
        using var file = XlsxFile.Open(path);
        Assert.Equal([.. header, "Flag"], file.Row("Leads", 1));
        Assert.True(file.IsBold(file.Cell("Leads", "T1")!));
        Assert.Equal(["L-000001", "5000", "mail:a1@example.com", ""], [file.Text("Leads", "A2"), file.Text("Leads", "H2"), file.Text("Leads", "S2"), file.Text("Leads", "T2")]);
        Assert.Equal("B2", file.Sheet("Leads").Descendants<Pane>().Single().TopLeftCell!.Value);
        Assert.Equal(["Leads", "Team notes", "Summary", "Team"], file.TabNames);
    }

    [Fact]
    public async Task Init_puts_a_missing_column_after_data_that_has_no_header()
    {
        var path = _folder.File("leads.xlsx");
        string[] header = [.. Seed.TeamHeader.Where(h => h != "Flag")];
        object?[] row = [.. Seed.TeamRow("L-000001", null, "Ann Lee", "ann@example.com").Take(18), .. Seed.TeamRow("L-000001", null, "Ann Lee", "ann@example.com").Skip(19), "called twice"];
        new SeedWorkbook().Tab("Leads", header, row).Save(path);
        using var sheet = Some.Sheet(path);

        await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.Equal(["", "Flag"], [file.Text("Leads", "T1"), file.Text("Leads", "U1")]);
        Assert.Equal("called twice", file.Text("Leads", "T2"));
    }

    [Fact]
    public async Task Init_twice_changes_nothing_the_second_time()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);
        var afterFirst = await File.ReadAllBytesAsync(path);

        var done = await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        Assert.Empty(done);
        Assert.Equal(afterFirst, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Init_on_a_created_workbook_finds_nothing_to_do()
    {
        var path = _folder.File("leads.xlsx");
        using var sheet = Some.Sheet(path);
        await sheet.ReadAsync(CancellationToken.None);
        var created = await File.ReadAllBytesAsync(path);

        var done = await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        Assert.Empty(done);
        Assert.Equal(created, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Init_adds_a_leads_tab_to_a_workbook_without_one_and_keeps_the_other_tabs()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Rows("Prices", ["Boiler", 2500]).Save(path);
        using var sheet = Some.Sheet(path);

        var done = await sheet.PrepareAsync(Some.Layout(), CancellationToken.None);

        Assert.Equal([$"Added a Leads tab to {path}", $"Added a Summary tab to {path} (filled at the next Summary refresh)", Some.TeamAdded(path)], done);
        using var file = XlsxFile.Open(path);
        Assert.Equal(["Prices", "Leads", "Summary", "Team"], file.TabNames);
        Assert.Equal(["Boiler", "2500"], file.Row("Prices", 1));
        Assert.Equal(LeadColumns.DefaultHeader, file.Row("Leads", 1));
    }

    [Fact]
    public async Task Init_refuses_a_tab_name_spreadsheet_programs_cannot_open_and_creates_nothing()
    {
        var path = _folder.File("leads.xlsx");
        using var sheet = Some.Sheet(path);

        var error = await Assert.ThrowsAsync<SheetLayoutException>(() => sheet.PrepareAsync(Some.Layout() with { LeadsTab = "Leads/2026" }, CancellationToken.None));

        Assert.StartsWith("'Leads/2026' cannot be the name of a tab", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Init_refuses_a_tab_whose_header_row_is_empty_above_data()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Rows("Leads", [], ["Ann Lee", "ann@example.com"]).Save(path);
        var before = await File.ReadAllBytesAsync(path);
        using var sheet = Some.Sheet(path);

        var error = await Assert.ThrowsAsync<SheetLayoutException>(() => sheet.PrepareAsync(Some.Layout(), CancellationToken.None));

        Assert.StartsWith("Row 1 of the Leads tab is empty but rows below it hold data", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }
}
