using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;
using StoredValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Writes values into cells (SPEC §4): text always as an inline string, so text from outside such as
/// <c>=IMPORTXML(…)</c>, <c>+44 7700 900456</c>, <c>@SUM(1)</c> or <c>-1</c> stays literal and is never a formula
/// or a number; numbers as numbers; dates and date-times as serial numbers in a date style.
/// </summary>
internal sealed class CellWriter(WorkbookStyles styles, bool date1904)
{
    /// <summary>Replaces what a cell holds with <paramref name="value"/>, keeping the cell's look.</summary>
    public void Write(Cell cell, CellValue value)
    {
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.InlineString = null;
        cell.DataType = null;
        var style = styles.ForValue(cell.StyleIndex?.Value ?? 0, value);
        cell.StyleIndex = style == 0 ? null : style;
        switch (value.Kind)
        {
            case CellKind.Text:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(TextElement(value.TextValue!));
                break;
            case CellKind.Number when double.IsFinite(value.NumberValue):
                cell.CellValue = new StoredValue(Invariant(value.NumberValue));
                break;
            case CellKind.Number:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(TextElement(value.AsText()));
                break;
            case CellKind.DateTime or CellKind.Date:
                var serial = value.DateTimeValue.ToOADate() - (date1904 ? 1462 : 0);
                cell.CellValue = new StoredValue(Invariant(serial));
                break;
            case CellKind.Boolean:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new StoredValue(value.NumberValue != 0 ? "1" : "0");
                break;
        }
    }

    private static Text TextElement(string text)
    {
        var element = new Text(XmlText.Escape(text));
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n', StringComparison.Ordinal)))
            element.Space = SpaceProcessingModeValues.Preserve;
        return element;
    }

    private static string Invariant(double number) => number.ToString("R", CultureInfo.InvariantCulture);
}
