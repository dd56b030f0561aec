using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookReadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Text_numbers_booleans_and_dates_are_read_as_a_person_sees_them()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook()
            .Tab("Leads", ["Lead ID", "Received", "Name", "E-mail", "Next contact", "Enquiries", "Budget", "Flag", "Notes"],
                ["L-000001", new DateTime(2026, 11, 20, 9, 15, 0), new Seed.Shared("Ann Lee"), new Seed.Rich("ann", "@example.com"),
                 new DateOnly(2026, 12, 1), 3, true, new Seed.Formula("IF(1,\"Overdue 3d\",\"\")", "Overdue 3d"), "line 1\nline 2"])
            .Save(path);
        using var sheet = Some.Sheet(path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        var row = Assert.Single(snapshot.Rows);
        var map = snapshot.Columns;
        Assert.Equal(2, row.RowNumber);
        Assert.Equal(CellValue.Text("L-000001"), map.Get(row.Cells, LeadColumn.LeadId));
        Assert.Equal(CellValue.DateTime(new DateTime(2026, 11, 20, 9, 15, 0)), map.Get(row.Cells, LeadColumn.Received));
        Assert.Equal(CellValue.Text("Ann Lee"), map.Get(row.Cells, LeadColumn.Name));
        Assert.Equal(CellValue.Text("ann@example.com"), map.Get(row.Cells, LeadColumn.Email));
        Assert.Equal(CellValue.Date(new DateOnly(2026, 12, 1)), map.Get(row.Cells, LeadColumn.NextContact));
        Assert.Equal(CellValue.Number(3), map.Get(row.Cells, LeadColumn.Enquiries));
        Assert.Equal(CellValue.Boolean(true), row.Cells[6]);
        Assert.Equal(CellValue.Text("Overdue 3d"), map.Get(row.Cells, LeadColumn.Flag));
        Assert.Equal(CellValue.Text("line 1\nline 2"), map.Get(row.Cells, LeadColumn.Notes));
    }

    [Fact]
    public async Task The_header_is_read_from_row_one_and_blank_rows_are_left_out()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", new DateTime(2026, 11, 20, 9, 15, 0), "Ann Lee", "ann@example.com"),
                ["", null, "  "],
                Seed.TeamRow("L-000002", new DateTime(2026, 11, 21, 9, 15, 0), "Bo Chan", "bo@example.com"))
            .Save(path);
        using var sheet = Some.Sheet(path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        Assert.Equal(Seed.TeamHeader, snapshot.Header);
        Assert.Equal([2, 4], snapshot.Rows.Select(r => r.RowNumber));
        Assert.Equal(4, snapshot.Columns.PositionOf(LeadColumn.Email));
        Assert.Equal(path, snapshot.Location);
    }

    [Fact]
    public async Task The_leads_tab_is_found_whatever_the_case_of_its_name()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook()
            .Rows("Team notes", ["Remember"])
            .Tab("LEADS", Seed.TeamHeader, Seed.TeamRow("L-000007", null, "Ann Lee", "ann@example.com"))
            .Save(path);
        using var sheet = Some.Sheet(path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        Assert.Equal("L-000007", snapshot.Columns.Get(Assert.Single(snapshot.Rows).Cells, LeadColumn.LeadId).AsText());
    }

    [Fact]
    public async Task A_missing_workbook_is_created_with_the_default_layout_on_first_read()
    {
        var path = Path.Combine(_folder.Path, "data", "leads.xlsx");
        using var sheet = Some.Sheet(path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.Equal(LeadColumns.DefaultHeader, snapshot.Header);
        Assert.Empty(snapshot.Rows);
        Assert.Empty(snapshot.Columns.Missing);
        using var file = XlsxFile.Open(path);
        Assert.Equal(["Leads", "Summary", "Team"], file.TabNames);
        Assert.NotNull(file.Sheet("Leads").SheetViews!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().SingleOrDefault());
    }

    [Fact]
    public async Task A_workbook_without_the_leads_tab_is_refused_naming_the_file_and_the_tab()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook().Rows("Sheet1", ["Hello"]).Save(path);
        using var sheet = Some.Sheet(path);

        var error = await Assert.ThrowsAsync<SheetLayoutException>(() => sheet.ReadAsync(CancellationToken.None));

        Assert.Equal($"{path} has no Leads tab (its tabs are: Sheet1). Rename the tab back to Leads, or run 'sheetleads init' to add one.", error.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_reported_and_never_replaced()
    {
        var path = _folder.File("leads.xlsx");
        await File.WriteAllTextAsync(path, "Name,Email\nAnn,ann@example.com\n");
        using var sheet = Some.Sheet(path);

        var error = await Assert.ThrowsAsync<SheetUnavailableException>(() => sheet.ReadAsync(CancellationToken.None));

        Assert.StartsWith($"{path} is not a workbook SheetLeads can read", error.Message, StringComparison.Ordinal);
        Assert.Equal("Name,Email\nAnn,ann@example.com\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task An_empty_file_at_the_path_is_replaced_by_a_new_workbook()
    {
        var path = _folder.File("leads.xlsx");
        await File.WriteAllBytesAsync(path, []);
        using var sheet = Some.Sheet(path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        Assert.Equal(LeadColumns.DefaultHeader, snapshot.Header);
    }

    [Fact]
    public async Task A_number_in_a_custom_date_format_is_a_date_and_other_numbers_stay_numbers()
    {
        var path = _folder.File("leads.xlsx");
        new SeedWorkbook()
            .Tab("Leads", ["Lead ID", "Received", "Enquiries", "Budget"],
                ["L-000001", new DateTime(2026, 11, 20, 0, 0, 0), 46000, 2500.5])
            .Save(path);
        using var sheet = Some.Sheet(path);

        var row = Assert.Single((await sheet.ReadAsync(CancellationToken.None)).Rows);

        Assert.Equal(CellValue.DateTime(new DateTime(2026, 11, 20)), row.Cells[1]);
        Assert.Equal(CellValue.Number(46000), row.Cells[2]);
        Assert.Equal(CellValue.Number(2500.5), row.Cells[3]);
    }

    [Fact]
    public async Task Each_read_counts_as_a_call()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);

        await sheet.ReadAsync(CancellationToken.None);
        await sheet.ReadAsync(CancellationToken.None);

        Assert.Equal(2, sheet.Calls);
    }
}
