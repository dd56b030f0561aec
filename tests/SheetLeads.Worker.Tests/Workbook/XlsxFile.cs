using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SheetLeads.Worker.Tests.Workbook;

/// <summary>A saved workbook opened read-only from a copy in memory, to look at the XML the back end wrote.</summary>
internal sealed class XlsxFile : IDisposable
{
    private readonly SpreadsheetDocument _document;

    private XlsxFile(SpreadsheetDocument document) => _document = document;

    public static XlsxFile Open(string path) => new(SpreadsheetDocument.Open(new MemoryStream(File.ReadAllBytes(path)), false));

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public Stylesheet Styles => Workbook.WorkbookStylesPart!.Stylesheet!;

    public IReadOnlyList<string> TabNames => Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();

    public WorksheetPart Part(string tab)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name!.Value == tab);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!.Value!);
    }

    public Worksheet Sheet(string tab) => Part(tab).Worksheet;

    public Cell? Cell(string tab, string reference) =>
        Sheet(tab).Descendants<Cell>().SingleOrDefault(c => c.CellReference?.Value == reference);

    public string Text(string tab, string reference) => Cell(tab, reference) switch
    {
        null => "",
        { DataType.Value: var t, InlineString: { } s } when t == CellValues.InlineString => s.Text?.Text ?? string.Concat(s.Elements<Run>().Select(r => r.Text?.Text)),
        { DataType.Value: var t, CellValue: { } v } when t == CellValues.SharedString =>
            Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText,
        var c => c.CellValue?.Text ?? "",
    };

    public CellFormat Format(Cell cell) => Styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The number format code of a cell's style, or "builtin N".</summary>
    public string FormatCode(Cell cell) => FormatCode(Format(cell).NumberFormatId?.Value ?? 0);

    public string FormatCode(uint id) =>
        Styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value ?? $"builtin {id}";

    public bool IsBold(Cell cell)
    {
        var font = Styles.Fonts!.Elements<Font>().ElementAt((int)(Format(cell).FontId?.Value ?? 0));
        return font.Bold is not null;
    }

    public IReadOnlyList<string> Row(string tab, int number)
    {
        var row = Sheet(tab).Descendants<Row>().SingleOrDefault(r => r.RowIndex?.Value == number);
        if (row is null)
            return [];
        var last = row.Elements<Cell>().Select(c => ColumnOf(c.CellReference!.Value!)).DefaultIfEmpty(-1).Max();
        return Enumerable.Range(0, last + 1).Select(c => Text(tab, SeedWorkbook.Column(c) + number)).ToArray();
    }

    public void Dispose() => _document.Dispose();

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
            n = n * 26 + (ch - 'A' + 1);
        return n - 1;
    }
}
