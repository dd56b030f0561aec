using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookHighlightTests : IDisposable
{
    private const int Width = 20; // the team's header: A (Lead ID) to T (Ref)
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public WorkbookHighlightTests()
    {
        _path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(_path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_flagged_row_is_filled_across_its_columns_and_loses_the_fill_when_the_flag_clears()
    {
        using var sheet = Some.Sheet(_path);
        var styleBefore = StylesOfRow(3);

        await sheet.ApplyAsync(Flagged(2, "No response 2h", Highlight.Late), CancellationToken.None);

        using (var file = XlsxFile.Open(_path))
        {
            Assert.Equal("No response 2h", file.Text("Leads", "S3"));
            Assert.All(Enumerable.Range(0, Width), c => Assert.Equal("FFF4CCCC", FillOf(file, SeedWorkbook.Column(c) + 3)));
            Assert.All(Enumerable.Range(0, Width), c => Assert.Null(FillOf(file, SeedWorkbook.Column(c) + 2)));
            Assert.Null(FillOf(file, SeedWorkbook.Column(Width) + 3));
            Assert.Equal("dd/mm/yyyy hh:mm", file.FormatCode(file.Cell("Leads", "B3")!)); // the team's date format stays under the colour
        }

        await sheet.ApplyAsync(Flagged(2, "", Highlight.None), CancellationToken.None);

        using (var file = XlsxFile.Open(_path))
        {
            Assert.Equal("", file.Text("Leads", "S3"));
            Assert.All(Enumerable.Range(0, Width), c => Assert.Null(FillOf(file, SeedWorkbook.Column(c) + 3)));
        }
        Assert.Equal(styleBefore, StylesOfRow(3)); // back to the very styles it had, so the styles part does not grow
    }

    [Fact]
    public async Task A_row_whose_colour_changes_takes_the_new_colour()
    {
        using var sheet = Some.Sheet(_path);
        await sheet.ApplyAsync(Flagged(1, "No next step", Highlight.NeedsAttention), CancellationToken.None);

        await sheet.ApplyAsync(Flagged(1, "Overdue 2d", Highlight.Late), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal("FFF4CCCC", FillOf(file, "A2"));
        Assert.Equal("FFF4CCCC", FillOf(file, "T2"));
    }

    [Fact]
    public async Task A_new_lead_flagged_as_it_is_written_is_coloured()
    {
        using var sheet = Some.Sheet(_path);
        var row = Some.NewLead(3, "Dee Moss", "dee@example.com");
        var plan = new SheetChangePlan([row with { Cells = new Dictionary<LeadColumn, CellValue>(row.Cells) { [LeadColumn.Flag] = CellValue.Text("Incomplete") } }], [])
        {
            Highlights = [new RowHighlight(Some.Id(3), Highlight.Incomplete)],
        };

        await sheet.ApplyAsync(plan, CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal("L-000003", file.Text("Leads", "A5"));
        Assert.Equal("Incomplete", file.Text("Leads", "S5"));
        Assert.Equal("FFFFF2CC", FillOf(file, "A5"));
        Assert.Equal("FFFFF2CC", FillOf(file, "H5"));
    }

    [Fact]
    public async Task Clearing_a_flag_keeps_a_colour_the_team_gave_a_cell()
    {
        new SeedWorkbook()
            .Tab("Leads", Seed.TeamHeader,
                Seed.TeamRow("L-000001", new DateTime(2026, 11, 20, 9, 15, 0), "Ann Lee", "ann@example.com", refs: "mail:a1@example.com")
                    .Select((v, i) => i == 7 ? new Seed.Highlighted("5000") : v).ToArray())
            .Save(_path);
        using var sheet = Some.Sheet(_path);

        await sheet.ApplyAsync(Flagged(1, "", Highlight.None), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal("FFFFFF00", FillOf(file, "H2"));
    }

    private static SheetChangePlan Flagged(int lead, string flag, Highlight highlight) =>
        Some.Change(Some.Lead(lead), Some.Set(LeadColumn.Flag, CellValue.Text(flag))) with
        {
            Highlights = [new RowHighlight(Some.Id(lead), highlight)],
        };

    private static string? FillOf(XlsxFile file, string reference)
    {
        if (file.Cell("Leads", reference) is not { } cell)
            return null;
        var fill = file.Styles.Fills!.Elements<Fill>().ElementAt((int)(file.Format(cell).FillId?.Value ?? 0)).PatternFill;
        return fill?.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor?.Rgb?.Value : null;
    }

    private uint?[] StylesOfRow(int number)
    {
        using var file = XlsxFile.Open(_path);
        return Enumerable.Range(0, Width).Select(c => file.Cell("Leads", SeedWorkbook.Column(c) + number)?.StyleIndex?.Value).ToArray();
    }
}
