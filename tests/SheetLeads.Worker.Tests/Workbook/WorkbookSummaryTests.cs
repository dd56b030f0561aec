using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookSummaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SummaryReport Report(IReadOnlyList<string>? alerts = null, int tables = 2) => new(
        alerts ?? ["Channel mail has not been read since 2026-11-25 11:56: Connection refused"],
        [
            new(SummaryLabels.OpenLeads, SummaryCell.Count(12)),
            new(SummaryLabels.MedianFirstResponse, new SummaryCell(CellValue.Number(1.3), SummaryFormat.Hours)),
            new(SummaryLabels.AnsweredWithinTarget, new SummaryCell(CellValue.Number(0.25), SummaryFormat.Percent)),
            new(SummaryLabels.ConversionThisMonth, new SummaryCell(CellValue.Empty, SummaryFormat.Percent)),
        ],
        new[]
        {
            new SummaryTable(SummaryLabels.OverdueAndStale, ["Lead", "Owner", "How late"],
                [[new SummaryCell(CellValue.Text("L-000002 Bo Chan"), Link: new LeadLink(new LeadId(2), 3)), SummaryCell.Text("Alice Hart"), SummaryCell.Text("Overdue 2d")]]),
            new SummaryTable(SummaryLabels.ColourLegend, ["Colour", "Meaning"],
                [[new SummaryCell(CellValue.Text("Late"), Highlight: Highlight.Late), SummaryCell.Text("No response, Overdue")]]),
        }.Take(tables).ToArray(),
        new SummaryTable(SummaryLabels.LeadsPerWeek, ["Week", "Email"], [[new SummaryCell(CellValue.Date(new DateOnly(2026, 11, 23)), SummaryFormat.Date), SummaryCell.Count(4)]]),
        new DateTime(2026, 11, 25, 12, 0, 0));

    [Fact]
    public async Task The_summary_tab_is_created_laid_out_and_formatted_without_touching_the_leads_tab()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        string leadsBefore;
        using (var before = XlsxFile.Open(path))
            leadsBefore = before.Sheet("Leads").OuterXml;
        using var sheet = Some.Sheet(path);

        await sheet.WriteSummaryAsync(Report(), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.Equal(["Leads", "Team notes", "Summary"], file.TabNames);
        Assert.Equal(leadsBefore, file.Sheet("Leads").OuterXml);
        // Alerts first, in bold red.
        var alert = file.Cell("Summary", "A1")!;
        Assert.Equal("Channel mail has not been read since 2026-11-25 11:56: Connection refused", file.Text("Summary", "A1"));
        Assert.True(file.IsBold(alert));
        Assert.Equal("FFC00000", Font(file, alert).Color!.Rgb!.Value);
        // Key figures: bold title, label in A, value in B with its number format.
        Assert.Equal("Key figures", file.Text("Summary", "A3"));
        Assert.True(file.IsBold(file.Cell("Summary", "A3")!));
        Assert.Equal(["Open leads", "12"], file.Row("Summary", 4));
        Assert.Equal(["Median first response (working hours)", "1.3"], file.Row("Summary", 5));
        Assert.Equal("0.0", file.FormatCode(file.Cell("Summary", "B5")!));
        Assert.Equal("builtin 9", file.FormatCode(file.Cell("Summary", "B6")!)); // 0%
        Assert.Equal(["Conversion this month"], file.Row("Summary", 7).Where(t => t.Length > 0));
        // Tables: bold title, bold header, rows; a link to the lead's row in the Leads tab.
        Assert.Equal("Overdue and stale", file.Text("Summary", "A9"));
        Assert.True(file.IsBold(file.Cell("Summary", "A10")!));
        Assert.Equal(["L-000002 Bo Chan", "Alice Hart", "Overdue 2d"], file.Row("Summary", 11));
        var link = Assert.Single(file.Sheet("Summary").Descendants<Hyperlink>());
        Assert.Equal(("A11", "'Leads'!A3"), (link.Reference!.Value, link.Location!.Value));
        // The legend painted in the highlight colour.
        var late = file.Cell("Summary", "A15")!;
        Assert.Equal("Late", file.Text("Summary", "A15"));
        var fill = file.Styles.Fills!.Elements<Fill>().ElementAt((int)file.Format(late).FillId!.Value).PatternFill!;
        Assert.Equal(("FF" + HighlightColours.Rgb(Highlight.Late), PatternValues.Solid), (fill.ForegroundColor!.Rgb!.Value, fill.PatternType!.Value));
        // The weekly table, a plain table with real dates.
        Assert.Equal("Leads per week by source", file.Text("Summary", "A17"));
        Assert.Equal("yyyy-mm-dd", file.FormatCode(file.Cell("Summary", "A19")!));
        // Headers over numbers and dates sit right, above them; those over text stay left.
        Assert.Equal(HorizontalAlignmentValues.Right, file.Format(file.Cell("Summary", "B18")!).Alignment?.Horizontal?.Value);
        Assert.Equal(HorizontalAlignmentValues.Right, file.Format(file.Cell("Summary", "A18")!).Alignment?.Horizontal?.Value);
        Assert.True(file.IsBold(file.Cell("Summary", "B18")!));
        Assert.Null(file.Format(file.Cell("Summary", "A10")!).Alignment);
        Assert.Empty(file.Sheet("Summary").Descendants<CellFormula>());
    }

    [Fact]
    public async Task Rewriting_the_summary_replaces_its_content_and_does_not_grow_the_styles()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        using var sheet = Some.Sheet(path);
        await sheet.WriteSummaryAsync(Report(), CancellationToken.None);
        int formats;
        using (var first = XlsxFile.Open(path))
            formats = first.Styles.CellFormats!.Elements<CellFormat>().Count();

        await sheet.WriteSummaryAsync(Report(alerts: [], tables: 0), CancellationToken.None);

        using var file = XlsxFile.Open(path);
        Assert.Equal("Key figures", file.Text("Summary", "A1"));
        Assert.Empty(file.Sheet("Summary").Descendants<Hyperlink>());
        Assert.Equal(9, file.Sheet("Summary").Descendants<Row>().Max(r => (int)r.RowIndex!.Value)); // 5 Key figures rows, a blank row, the weekly table
        Assert.Equal(formats, file.Styles.CellFormats!.Elements<CellFormat>().Count());
        Assert.Equal(["Leads", "Team notes", "Summary"], file.TabNames);
    }

    [Fact]
    public async Task A_workbook_open_in_another_program_is_left_alone_and_says_so()
    {
        var path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(path);
        var before = await File.ReadAllBytesAsync(path);
        await File.WriteAllTextAsync(_folder.File(".~lock.leads.xlsx#"), "Alice,alice-pc,alice-pc,22.11.2026 10:04,;");
        using var sheet = Some.Sheet(path);

        var refused = await Assert.ThrowsAsync<SheetUnavailableException>(() => sheet.WriteSummaryAsync(Report(), CancellationToken.None));

        Assert.Contains("open in another program", refused.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    private static Font Font(XlsxFile file, Cell cell) =>
        file.Styles.Fonts!.Elements<Font>().ElementAt((int)file.Format(cell).FontId!.Value);
}
