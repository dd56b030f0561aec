using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookRowChangeTests : IDisposable
{
    private static readonly DateTime AnnReceived = new(2026, 11, 20, 9, 15, 0);
    private static readonly DateTime BoReceived = new(2026, 11, 21, 14, 30, 0);
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public WorkbookRowChangeTests()
    {
        _path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(_path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_fill_writes_only_into_an_empty_cell()
    {
        using var sheet = Some.Sheet(_path);
        var plan = Some.Change(Some.Lead(2), Some.Fill(LeadColumn.Phone, "+447700900123"), Some.Fill(LeadColumn.Name, "Robert Chan"));

        var report = await sheet.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(new SheetWriteReport(0, 1, 1), report);
        using var file = XlsxFile.Open(_path);
        Assert.Equal("+447700900123", file.Text("Leads", "F3"));
        Assert.Equal("Bo Chan", file.Text("Leads", "D3"));
    }

    [Fact]
    public async Task A_status_move_writes_only_over_the_status_it_was_planned_from()
    {
        using var sheet = Some.Sheet(_path);
        var plan = new SheetChangePlan([],
        [
            new RowChange(Some.Lead(1), [CellChange.ReplaceIf(LeadColumn.Status, "new", CellValue.Text("Contacted"))]),
            // Planned from New, but the cell reads otherwise now (a person chose): left alone.
            new RowChange(Some.Lead(2), [CellChange.ReplaceIf(LeadColumn.Status, "Qualified", CellValue.Text("Contacted"))]),
        ]);

        var report = await sheet.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(new SheetWriteReport(0, 1, 1), report);
        using var file = XlsxFile.Open(_path);
        Assert.Equal(("Contacted", "New"), (file.Text("Leads", "K2"), file.Text("Leads", "K3")));
    }

    [Fact]
    public async Task An_appended_line_is_added_once_and_the_same_plan_applied_again_changes_nothing()
    {
        using var sheet = Some.Sheet(_path);
        var plan = Some.Change(Some.Lead(2),
            Some.AppendLine(LeadColumn.Notes, "2026-11-22 10:04 Email: Any news on the quote?"),
            Some.AppendLine(LeadColumn.Ref, "mail:b3@example.com"));
        var first = await sheet.ApplyAsync(plan, CancellationToken.None);
        var afterFirst = await File.ReadAllBytesAsync(_path);

        var second = await sheet.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(new SheetWriteReport(0, 2, 0), first);
        Assert.Equal(new SheetWriteReport(0, 0, 0), second);
        Assert.Equal(afterFirst, await File.ReadAllBytesAsync(_path));
        using var file = XlsxFile.Open(_path);
        Assert.Equal("Called back\n2026-11-22 10:04 Email: Any news on the quote?", file.Text("Leads", "O3"));
        Assert.Equal("mail:b2@example.com\nmail:b3@example.com", file.Text("Leads", "T3"));
    }

    [Fact]
    public async Task A_row_is_found_by_its_lead_id_after_a_person_sorted_the_sheet()
    {
        using var sheet = Some.Sheet(_path);
        var snapshot = await sheet.ReadAsync(CancellationToken.None);
        Assert.Equal("L-000002", snapshot.Columns.Get(snapshot.Rows[1].Cells, LeadColumn.LeadId).AsText());
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000002", BoReceived, "Bo Chan", "bo@example.com", notes: "Called back", refs: "mail:b2@example.com"),
                Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com", budget: "5000", refs: "mail:a1@example.com"),
                Seed.TeamRow(null, null, "Cy Walker", "", phone: "07700 900456", status: ""))
            .Save(_path);

        await sheet.ApplyAsync(Some.Change(Some.Lead(2), Some.Set(LeadColumn.Enquiries, CellValue.Number(2)), Some.Fill(LeadColumn.Phone, "+447700900123")), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal(["L-000002", "+447700900123", "2"], [file.Text("Leads", "A2"), file.Text("Leads", "F2"), file.Text("Leads", "R2")]);
        Assert.Equal(["L-000001", "", "1"], [file.Text("Leads", "A3"), file.Text("Leads", "F3"), file.Text("Leads", "R3")]);
    }

    [Fact]
    public async Task Cells_are_found_by_header_after_a_person_reordered_the_columns()
    {
        using var sheet = Some.Sheet(_path);
        await sheet.ReadAsync(CancellationToken.None);
        string[] header = ["Phone", .. Seed.TeamHeader.Where(h => h != "Phone")];
        static object?[] PhoneFirst(object?[] row) => [row[5], .. row.Take(5), .. row.Skip(6)];
        new SeedWorkbook()
            .Tab("Leads", header,
                PhoneFirst(Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com", budget: "5000")),
                PhoneFirst(Seed.TeamRow("L-000002", BoReceived, "Bo Chan", "bo@example.com", notes: "Called back")))
            .Save(_path);

        await sheet.ApplyAsync(Some.Change(Some.Lead(2), Some.Fill(LeadColumn.Phone, "+447700900123")), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal(["+447700900123", "L-000002"], file.Row("Leads", 3).Take(2));
    }

    [Fact]
    public async Task A_plan_for_a_lead_id_that_disappeared_is_refused_and_the_file_is_unchanged()
    {
        using var sheet = Some.Sheet(_path);
        await sheet.ReadAsync(CancellationToken.None);
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader, Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com", budget: "5000"))
            .Save(_path);
        var before = await File.ReadAllBytesAsync(_path);
        var plan = new SheetChangePlan([Some.NewLead(3)],
        [
            new RowChange(Some.Lead(1), [Some.Fill(LeadColumn.Phone, "+447700900123")]),
            new RowChange(Some.Lead(2), [Some.AppendLine(LeadColumn.Notes, "2026-11-22 10:04 Email: hi")]),
        ]);

        var error = await Assert.ThrowsAsync<SheetChangedException>(() => sheet.ApplyAsync(plan, CancellationToken.None));

        Assert.Equal($"The Leads tab in {_path} changed since it was read: Lead ID L-000002 is on no row any more (a person removed the row or changed its Lead ID). " +
                     "Nothing was written; the next attempt reads the sheet again.", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task A_lead_id_found_on_two_rows_is_refused()
    {
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com"),
                Seed.TeamRow("L-000001", BoReceived, "Bo Chan", "bo@example.com"))
            .Save(_path);
        var before = await File.ReadAllBytesAsync(_path);
        using var sheet = Some.Sheet(_path);

        var error = await Assert.ThrowsAsync<SheetChangedException>(() =>
            sheet.ApplyAsync(Some.Change(Some.Lead(1), Some.Fill(LeadColumn.Phone, "+447700900123")), CancellationToken.None));

        Assert.Contains("Lead ID L-000001 is now on 2 rows (2, 3)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task A_typed_row_is_adopted_where_it_is_now_after_a_row_was_inserted_above_it()
    {
        using var sheet = Some.Sheet(_path);
        var snapshot = await sheet.ReadAsync(CancellationToken.None);
        var typed = snapshot.Rows.Single(r => snapshot.Columns.Get(r.Cells, LeadColumn.LeadId).IsEmpty);
        Assert.Equal(4, typed.RowNumber);
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com", budget: "5000", refs: "mail:a1@example.com"),
                Seed.TeamRow(null, null, "Dee Fox", "dee@example.com", status: ""),
                Seed.TeamRow("L-000002", BoReceived, "Bo Chan", "bo@example.com", notes: "Called back", refs: "mail:b2@example.com"),
                Seed.TeamRow(null, null, "Cy Walker", "", phone: "07700 900456", status: ""))
            .Save(_path);
        var plan = Some.Change(new TypedRow(typed.RowNumber, RowFingerprint.Of(typed.Cells)),
            Some.Fill(LeadColumn.LeadId, "L-000003"),
            new CellChange(LeadColumn.Received, CellChangeKind.Fill, CellValue.DateTime(new DateTime(2026, 11, 22, 10, 4, 0))),
            Some.Fill(LeadColumn.Status, "New"));

        var report = await sheet.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(new SheetWriteReport(0, 3, 0), report);
        using var file = XlsxFile.Open(_path);
        Assert.Equal(["L-000003", "Cy Walker", "New"], [file.Text("Leads", "A5"), file.Text("Leads", "D5"), file.Text("Leads", "K5")]);
        Assert.Equal(["", "Dee Fox"], [file.Text("Leads", "A3"), file.Text("Leads", "D3")]);
    }

    [Fact]
    public async Task A_typed_row_a_person_changed_since_the_read_is_not_adopted()
    {
        using var sheet = Some.Sheet(_path);
        var snapshot = await sheet.ReadAsync(CancellationToken.None);
        var typed = snapshot.Rows.Single(r => snapshot.Columns.Get(r.Cells, LeadColumn.LeadId).IsEmpty);
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com", budget: "5000", refs: "mail:a1@example.com"),
                Seed.TeamRow("L-000002", BoReceived, "Bo Chan", "bo@example.com", notes: "Called back", refs: "mail:b2@example.com"),
                Seed.TeamRow(null, null, "Cy Walker", "cy@example.com", phone: "07700 900456", status: ""))
            .Save(_path);
        var before = await File.ReadAllBytesAsync(_path);

        var error = await Assert.ThrowsAsync<SheetChangedException>(() =>
            sheet.ApplyAsync(Some.Change(new TypedRow(typed.RowNumber, RowFingerprint.Of(typed.Cells)), Some.Fill(LeadColumn.LeadId, "L-000003")), CancellationToken.None));

        Assert.Contains("the row typed in at row 4 is not there any more or was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task A_formula_a_person_put_in_a_cell_is_never_overwritten()
    {
        var row = Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com");
        row[5] = new Seed.Formula("IF(FALSE,\"x\",\"\")", "");
        new SeedWorkbook().Tab("Leads", Seed.TeamHeader, row).Save(_path);
        using var sheet = Some.Sheet(_path);

        var report = await sheet.ApplyAsync(Some.Change(Some.Lead(1), Some.Fill(LeadColumn.Phone, "+447700900123")), CancellationToken.None);

        Assert.Equal(new SheetWriteReport(0, 0, 1), report);
        using var file = XlsxFile.Open(_path);
        Assert.Equal("IF(FALSE,\"x\",\"\")", file.Cell("Leads", "F2")!.CellFormula!.Text);
    }

    [Fact]
    public async Task The_team_column_other_tabs_and_the_sheet_settings_are_kept()
    {
        using var sheet = Some.Sheet(_path);
        string Xml(Func<XlsxFile, string> part)
        {
            using var file = XlsxFile.Open(_path);
            return part(file);
        }
        var teamTab = Xml(f => f.Sheet("Team notes").OuterXml);
        var settings = Xml(f => f.Sheet("Leads").SheetViews!.OuterXml + f.Sheet("Leads").GetFirstChild<Columns>()!.OuterXml + f.Sheet("Leads").GetFirstChild<DataValidations>()!.OuterXml);
        var plan = new SheetChangePlan([Some.NewLead(3)],
        [
            new RowChange(Some.Lead(1), [Some.Set(LeadColumn.Enquiries, CellValue.Number(2)), Some.AppendLine(LeadColumn.Notes, "2026-11-22 10:04 Email: hi")]),
        ]);

        await sheet.ApplyAsync(plan, CancellationToken.None);

        Assert.Equal(teamTab, Xml(f => f.Sheet("Team notes").OuterXml));
        Assert.Equal(settings, Xml(f => f.Sheet("Leads").SheetViews!.OuterXml + f.Sheet("Leads").GetFirstChild<Columns>()!.OuterXml + f.Sheet("Leads").GetFirstChild<DataValidations>()!.OuterXml));
        using var after = XlsxFile.Open(_path);
        Assert.Equal(["Budget", "5000", "", ""], [after.Text("Leads", "H1"), after.Text("Leads", "H2"), after.Text("Leads", "H3"), after.Text("Leads", "H5")]);
        Assert.Equal(["Leads", "Team notes"], after.TabNames);
    }

    [Fact]
    public async Task A_cell_the_team_coloured_keeps_its_colour_when_a_line_is_added()
    {
        var row = Seed.TeamRow("L-000001", AnnReceived, "Ann Lee", "ann@example.com");
        row[14] = new Seed.Highlighted("VIP");
        new SeedWorkbook().Tab("Leads", Seed.TeamHeader, row).Save(_path);
        using var sheet = Some.Sheet(_path);

        await sheet.ApplyAsync(Some.Change(Some.Lead(1), Some.AppendLine(LeadColumn.Notes, "2026-11-22 10:04 Email: hi")), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        var notes = file.Cell("Leads", "O2")!;
        Assert.Equal(2u, file.Format(notes).FillId!.Value);
        Assert.True(file.Format(notes).Alignment!.WrapText!.Value);
    }
}
