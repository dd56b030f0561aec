using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookHighlightTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public WorkbookHighlightTests()
    {
        _path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(_path);
    }

    public void Dispose() => _folder.Dispose();

    private static SheetChangePlan Flag(string text, Highlight highlight) =>
        Some.Change(Some.Lead(2), new CellChange(LeadColumn.Flag, CellChangeKind.Set, CellValue.Text(text))) with
        {
            Highlights = [new RowHighlight(Some.Id(2), highlight)],
        };

    private static string? FillOf(XlsxFile file, string reference)
    {
        var cell = file.Cell("Leads", reference);
        if (cell is null)
            return null;
        var fillId = file.Format(cell).FillId?.Value ?? 0;
        var fill = file.Styles.Fills!.Elements<Fill>().ElementAt((int)fillId).PatternFill;
        return fill?.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor?.Rgb?.Value : null;
    }

    [Fact]
    public async Task A_flagged_row_is_painted_across_the_table_and_other_rows_are_not()
    {
        using var sheet = Some.Sheet(_path);

        await sheet.ApplyAsync(Flag("No response 3h", Highlight.Late), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Equal("FFF4CCCC", FillOf(file, "A3"));
        Assert.Equal("FFF4CCCC", FillOf(file, "D3"));
        Assert.Null(FillOf(file, "A2"));
    }

    [Fact]
    public async Task A_cleared_flag_takes_the_colour_away_and_keeps_the_date_format()
    {
        string dateFormat;
        using (var before = XlsxFile.Open(_path))
            dateFormat = before.FormatCode(before.Cell("Leads", "B3")!);
        using var sheet = Some.Sheet(_path);
        await sheet.ApplyAsync(Flag("No response 3h", Highlight.Late), CancellationToken.None);

        await sheet.ApplyAsync(Flag("", Highlight.None), CancellationToken.None);

        using var file = XlsxFile.Open(_path);
        Assert.Null(FillOf(file, "A3"));
        Assert.Null(FillOf(file, "D3"));
        Assert.Equal(dateFormat, file.FormatCode(file.Cell("Leads", "B3")!));
    }
}
