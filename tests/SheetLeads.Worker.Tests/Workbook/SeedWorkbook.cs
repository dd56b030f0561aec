using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StoredValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace SheetLeads.Worker.Tests.Workbook;

/// <summary>
/// Builds the workbook a team would have: a Leads tab (text as inline or shared strings, dates as serial numbers
/// in date styles), their own settings (column widths, a frozen pane, a dropdown), and other tabs.
/// </summary>
internal sealed class SeedWorkbook
{
    private const uint DateTimeStyle = 1;
    private const uint DateStyle = 2;
    private const uint HighlightStyle = 3;

    private readonly List<(string Name, List<object?[]> Rows)> _tabs = [];
    private bool _teamSettings;
    private bool _table;

    /// <summary>Adds a tab whose first row is the header.</summary>
    public SeedWorkbook Tab(string name, IReadOnlyList<string> header, params object?[][] rows)
    {
        _tabs.Add((name, [header.Cast<object?>().ToArray(), .. rows]));
        return this;
    }

    /// <summary>Adds a tab of plain rows.</summary>
    public SeedWorkbook Rows(string name, params object?[][] rows)
    {
        _tabs.Add((name, [.. rows]));
        return this;
    }

    /// <summary>Gives the first tab the team's own widths, frozen pane and Budget dropdown.</summary>
    public SeedWorkbook WithTeamSettings()
    {
        _teamSettings = true;
        return this;
    }

    /// <summary>Makes the first tab's rows an Excel table (Insert › Table).</summary>
    public SeedWorkbook AsTable()
    {
        _table = true;
        return this;
    }

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable();
        uint id = 1;
        foreach (var (name, rows) in _tabs)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                    if (Cell(rows[r][c], shared.SharedStringTable) is { } cell)
                    {
                        cell.CellReference = Column(c) + (r + 1);
                        row.AppendChild(cell);
                    }
                data.AppendChild(row);
            }
            part.Worksheet = new Worksheet(data);
            if (_teamSettings && id == 1)
                AddTeamSettings(part.Worksheet);
            if (_table && id == 1)
                AddTable(part, rows);
            workbook.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
    }

    public static string Column(int position) =>
        position < 26 ? ((char)('A' + position)).ToString() : Column(position / 26 - 1) + (char)('A' + position % 26);

    private static Cell? Cell(object? value, SharedStringTable shared) => value switch
    {
        null => null,
        string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) },
        Seed.Shared s => SharedCell(s.Text, shared),
        Seed.Rich rich => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(rich.Runs.Select(t => new Run(new RunProperties(new Bold()), new Text(t) { Space = SpaceProcessingModeValues.Preserve }))) },
        Seed.Formula f => new Cell { DataType = CellValues.String, CellFormula = new CellFormula(f.Expression), CellValue = new StoredValue(f.Cached) },
        Seed.Highlighted h => new Cell { DataType = CellValues.InlineString, StyleIndex = HighlightStyle, InlineString = new InlineString(new Text(h.Text)) },
        DateTime dt => new Cell { StyleIndex = DateTimeStyle, CellValue = new StoredValue(dt.ToOADate().ToString("R", System.Globalization.CultureInfo.InvariantCulture)) },
        DateOnly d => new Cell { StyleIndex = DateStyle, CellValue = new StoredValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", System.Globalization.CultureInfo.InvariantCulture)) },
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new StoredValue(b ? "1" : "0") },
        int n => new Cell { CellValue = new StoredValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        double n => new Cell { CellValue = new StoredValue(n.ToString("R", System.Globalization.CultureInfo.InvariantCulture)) },
        _ => throw new ArgumentException($"No seed cell for {value.GetType()}"),
    };

    private static Cell SharedCell(string text, SharedStringTable shared)
    {
        shared.AppendChild(new SharedStringItem(new Text(text)));
        return new Cell { DataType = CellValues.SharedString, CellValue = new StoredValue((shared.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }

    private static void AddTable(WorksheetPart part, List<object?[]> rows)
    {
        var reference = $"A1:{Column(rows[0].Length - 1)}{rows.Count}";
        var table = part.AddNewPart<TableDefinitionPart>();
        table.Table = new Table(
            new AutoFilter { Reference = reference },
            new TableColumns(rows[0].Select((h, i) => new TableColumn { Id = (uint)i + 1, Name = (string)h! })) { Count = (uint)rows[0].Length },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true })
        { Id = 1, Name = "Leads", DisplayName = "LeadsTable", Reference = reference };
        part.Worksheet.AddChild(new TableParts(new TablePart { Id = part.GetIdOfPart(table) }) { Count = 1 });
    }

    private static void AddTeamSettings(Worksheet worksheet)
    {
        worksheet.AddChild(new SheetViews(new SheetView(new Pane { HorizontalSplit = 1, VerticalSplit = 1, TopLeftCell = "B2", ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
        worksheet.AddChild(new Columns(new Column { Min = 1, Max = 1, Width = 11, CustomWidth = true }, new Column { Min = 8, Max = 8, Width = 33, CustomWidth = true }));
        worksheet.AddChild(new DataValidations(new DataValidation
        {
            Type = DataValidationValues.List,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = "H2:H1000" },
            Formula1 = new Formula1("\"Small,Medium,Large\""),
        }) { Count = 1 });
    }

    // 0 default, 1 date-time (custom 164), 2 date (built-in 14), 3 yellow fill.
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFFF00" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 2, BorderId = 0, FormatId = 0, ApplyFill = true }) { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
