using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using CellValue = SheetLeads.Core.Sheet.CellValue;
using Look = SheetLeads.Worker.Workbook.SummaryTabStyles.Look;
using StoredValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Lays a <see cref="SummaryReport"/> out on the Summary worksheet, replacing what it held: alerts in bold red at the
/// top, the Key figures block (label in A, value in B, the time it was computed beside the title), then each table
/// with a bold title row and a bold header row, a blank row between blocks, links to lead rows as internal hyperlinks
/// to the Leads tab, the weekly table last.
/// </summary>
internal sealed class SummaryTabWriter(WorkbookPart workbook, string leadsTab)
{
    private static readonly double[] Widths = [48, 22, 24, 32, 30, 40];

    private readonly SummaryTabStyles _styles = new(workbook);
    private readonly bool _date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
    private readonly SheetData _data = new();
    private readonly Hyperlinks _links = new();
    private int _row;
    private int _width = 1;

    /// <summary>Replaces the worksheet's content with the report.</summary>
    public void Write(WorksheetPart part, SummaryReport report)
    {
        foreach (var alert in report.Alerts)
            Line([Text(alert)], Look.Alert);
        if (report.Alerts.Count > 0)
            _row++;

        var title = NextRow();
        Put(title, 0, CellValue.Text(SummaryLabels.KeyFigures), _styles.For(SummaryFormat.Plain, Look.Bold));
        Put(title, 1, CellValue.DateTime(report.UpdatedAt), _styles.Stamp());
        foreach (var figure in report.KeyFigures)
            Line([Text(figure.Label), figure.Value]);

        foreach (var table in report.Tables.Append(report.WeeklyBySource))
        {
            _row++;
            Line([Text(table.Title)], Look.Bold);
            Line(table.Header.Select(Text).ToArray(), i => table.IsNumeric(i) ? Look.BoldRight : Look.Bold);
            foreach (var cells in table.Rows)
                Line(cells);
        }

        // Anything the old worksheet referred to (a drawing, comments) went with its content.
        part.DeleteParts(part.Parts.Select(p => p.OpenXmlPart).ToArray());
        foreach (var external in part.HyperlinkRelationships.ToArray())
            part.DeleteReferenceRelationship(external);
        var columns = new Columns(Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        var worksheet = new Worksheet(
            new SheetDimension { Reference = "A1:" + CellAddress.Of(_width - 1, Math.Max(1, _row)) },
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            _data);
        if (_links.HasChildren)
            worksheet.AppendChild(_links);
        part.Worksheet = worksheet;
    }

    private static SummaryCell Text(string text) => SummaryCell.Text(text);

    private void Line(IReadOnlyList<SummaryCell> cells, Look look = Look.Normal) => Line(cells, _ => look);

    private void Line(IReadOnlyList<SummaryCell> cells, Func<int, Look> lookOf)
    {
        var row = NextRow();
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var cellLook = cell.Link is not null ? Look.Link : lookOf(column);
            var stored = Put(row, column, cell.Value, _styles.For(cell.Format, cellLook, cell.Highlight));
            if (cell.Link is { } link && stored is not null)
                _links.AppendChild(new Hyperlink
                {
                    Reference = stored.CellReference,
                    Location = $"'{leadsTab.Replace("'", "''", StringComparison.Ordinal)}'!A{link.RowNumber.ToString(CultureInfo.InvariantCulture)}",
                    Display = cell.Value.AsText(),
                });
        }
    }

    private Row NextRow()
    {
        _row++;
        var row = new Row { RowIndex = (uint)_row };
        _data.AppendChild(row);
        return row;
    }

    /// <summary>Writes a value (text as an inline string, never a formula); an empty value with a fill still gets
    /// its cell, so the colour shows.</summary>
    private Cell? Put(Row row, int column, CellValue value, uint style)
    {
        if (value.IsEmpty && style == 0)
            return null;
        var cell = new Cell { CellReference = CellAddress.Of(column, (int)row.RowIndex!.Value) };
        if (style != 0)
            cell.StyleIndex = style;
        switch (value.Kind)
        {
            case CellKind.Text when !value.IsEmpty:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlText.Escape(value.TextValue!)));
                break;
            case CellKind.Number when double.IsFinite(value.NumberValue):
                cell.CellValue = new StoredValue(value.NumberValue.ToString("R", CultureInfo.InvariantCulture));
                break;
            case CellKind.DateTime or CellKind.Date:
                var serial = value.DateTimeValue.ToOADate() - (_date1904 ? 1462 : 0);
                cell.CellValue = new StoredValue(serial.ToString("R", CultureInfo.InvariantCulture));
                break;
        }
        row.AppendChild(cell);
        _width = Math.Max(_width, column + 1);
        return cell;
    }
}
