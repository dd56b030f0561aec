using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookAppendTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Customer_text_that_looks_like_a_formula_or_a_number_is_written_as_literal_text()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        var row = new NewLeadRow(Some.Id(3), new Dictionary<LeadColumn, CellValue>
        {
            [LeadColumn.LeadId] = CellValue.Text("L-000003"),
            [LeadColumn.Name] = CellValue.Text("=IMPORTXML(\"http://x\",\"//a\")"),
            [LeadColumn.Phone] = CellValue.Text("+44 7700 900456"),
            [LeadColumn.Company] = CellValue.Text("@SUM(1)"),
            [LeadColumn.Message] = CellValue.Text("-1"),
            [LeadColumn.Ref] = CellValue.Text("+447700900456"),
        });

        await sheet.ApplyAsync(Some.Append(row), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        foreach (var (reference, text) in new[] { ("D5", "=IMPORTXML(\"http://x\",\"//a\")"), ("F5", "+44 7700 900456"), ("G5", "@SUM(1)"), ("I5", "-1"), ("T5", "+447700900456") })
        {
            var cell = file.Cell("Leads", reference)!;
            Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
            Assert.Equal(text, cell.InlineString!.Text!.Text);
        }
        Assert.Empty(file.Sheet("Leads").Descendants<CellFormula>());
    }

    [Fact]
    public async Task Dates_are_written_as_real_date_cells()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        var row = Some.NewLead(3, received: new DateTime(2026, 11, 22, 10, 4, 0));
        var cells = new Dictionary<LeadColumn, CellValue>(row.Cells) { [LeadColumn.NextContact] = CellValue.Date(new DateOnly(2026, 12, 1)) };

        await sheet.ApplyAsync(Some.Append(row with { Cells = cells }), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        var received = file.Cell("Leads", "B5")!;
        Assert.Null(received.DataType);
        Assert.Equal(new DateTime(2026, 11, 22, 10, 4, 0).ToOADate(), double.Parse(received.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal("yyyy-mm-dd hh:mm", file.FormatCode(received));
        var nextContact = file.Cell("Leads", "M5")!;
        Assert.Equal(new DateTime(2026, 12, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), nextContact.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd", file.FormatCode(nextContact));
        var enquiries = file.Cell("Leads", "R5")!;
        Assert.Null(enquiries.DataType);
        Assert.Equal("1", enquiries.CellValue!.Text);
    }

    [Fact]
    public async Task New_rows_go_below_the_last_row_each_value_in_the_column_its_header_names()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);

        var report = await sheet.ApplyAsync(Some.Append(Some.NewLead(3, "Di Ross", "di@example.com"), Some.NewLead(4, "Ed Hale", "ed@example.com")), CancellationToken.None);

        Assert.Equal(new SheetWriteReport(2, 0, 0, FirstNewRow: 5), report);
        var snapshot = await sheet.ReadAsync(CancellationToken.None);
        var map = snapshot.Columns;
        Assert.Equal([2, 3, 4, 5, 6], snapshot.Rows.Select(r => r.RowNumber));
        var added = snapshot.Rows[3];
        Assert.Equal("L-000003", map.Get(added.Cells, LeadColumn.LeadId).AsText());
        Assert.Equal("di@example.com", added.Cells[4].AsText());
        Assert.Equal("Di Ross", added.Cells[3].AsText());
        Assert.True(added.Cells[7].IsEmpty, "the team's Budget column is left empty");
        Assert.Equal("L-000004", map.Get(snapshot.Rows[4].Cells, LeadColumn.LeadId).AsText());
    }

    [Fact]
    public async Task Multi_line_text_is_wrapped_so_it_shows_as_lines()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        var row = Some.NewLead(3);
        var cells = new Dictionary<LeadColumn, CellValue>(row.Cells) { [LeadColumn.Notes] = CellValue.Text("Returning customer (previous: L-000001)\n2026-11-22 10:04 Email: hi") };

        await sheet.ApplyAsync(Some.Append(row with { Cells = cells }), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        var notes = file.Cell("Leads", "O5")!;
        Assert.True(file.Format(notes).Alignment?.WrapText?.Value);
        Assert.Equal("Returning customer (previous: L-000001)\n2026-11-22 10:04 Email: hi", notes.InlineString!.Text!.Text);
    }

    [Fact]
    public async Task Text_with_control_characters_is_saved_and_read_back_unchanged()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        var row = Some.NewLead(3);
        var message = "Tab\there, bell\u0007, form feed\u000c and a literal _x0041_";
        var cells = new Dictionary<LeadColumn, CellValue>(row.Cells) { [LeadColumn.Message] = CellValue.Text(message) };

        await sheet.ApplyAsync(Some.Append(row with { Cells = cells }), CancellationToken.None);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);
        Assert.Equal(message, snapshot.Columns.Get(snapshot.Rows[^1].Cells, LeadColumn.Message).AsText());
    }

    [Fact]
    public async Task A_new_lead_whose_id_is_already_on_a_row_is_refused_and_nothing_is_written()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        var before = await File.ReadAllBytesAsync(path);
        using var sheet = Some.Sheet(path);

        var error = await Assert.ThrowsAsync<SheetChangedException>(() => sheet.ApplyAsync(Some.Append(Some.NewLead(3), Some.NewLead(2)), CancellationToken.None));

        Assert.Contains("Lead ID L-000002 is already on row 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Cells_keep_the_date_format_the_team_gave_them()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);

        await sheet.ApplyAsync(Some.Change(Some.Lead(2), Some.Set(LeadColumn.LastEnquiry, CellValue.DateTime(new DateTime(2026, 11, 22, 10, 4, 0)))), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.Equal("dd/mm/yyyy hh:mm", file.FormatCode(file.Cell("Leads", "Q3")!));
    }

    [Fact]
    public async Task Writing_the_same_kinds_of_value_again_adds_no_new_styles()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        await sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None);
        int Styles()
        {
            using var file = XlsxFile.Open(path);
            return file.Styles.CellFormats!.Elements<CellFormat>().Count() + file.Styles.NumberingFormats!.Elements<NumberingFormat>().Count();
        }
        var after = Styles();

        await sheet.ApplyAsync(Some.Append(Some.NewLead(4)), CancellationToken.None);

        Assert.Equal(after, Styles());
    }

    [Fact]
    public async Task Each_write_counts_as_a_call_and_an_empty_plan_opens_nothing()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);

        await sheet.ApplyAsync(SheetChangePlan.Nothing, CancellationToken.None);
        await sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None);

        Assert.Equal(1, sheet.Calls);
    }

    [Fact]
    public async Task The_log_names_lead_ids_and_never_the_customer()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        var logger = new CollectingLogger();
        using var sheet = new SheetLeads.Worker.Workbook.WorkbookLeadSheet(path, Some.Layout(), logger);

        await sheet.ApplyAsync(Some.Append(Some.NewLead(3, "Di Ross", "di@example.com")), CancellationToken.None);

        var line = Assert.Single(logger.Lines);
        Assert.Contains("L-000003", line, StringComparison.Ordinal);
        Assert.DoesNotContain("di@example.com", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Di Ross", line, StringComparison.Ordinal);
    }
}
