using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// Turns a stored cell into the value a person sees: shared, inline and rich text, numbers, booleans, and numbers
/// whose style shows a date as date or date-time values (business-local wall clock). A formula cell gives the value
/// it last calculated.
/// </summary>
internal sealed class CellReader
{
    private readonly SharedStringItem[] _shared;
    private readonly WorkbookStyles _styles;
    private readonly bool _date1904;

    public CellReader(WorkbookPart workbook, WorkbookStyles styles)
    {
        _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToArray() ?? [];
        _styles = styles;
        _date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
    }

    /// <summary>True when the workbook counts dates from 1904 (old Mac Excel); serial numbers are 1,462 days lower.</summary>
    public bool Date1904 => _date1904;

    /// <summary>The value of a cell.</summary>
    public CellValue Read(Cell? cell)
    {
        if (cell is null)
            return CellValue.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return CellValue.Text(TextOf(cell.InlineString));
        var raw = cell.CellValue?.Text;
        if (string.IsNullOrEmpty(raw))
            return CellValue.Empty;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _shared.Length
                ? CellValue.Text(TextOf(_shared[index]))
                : CellValue.Empty;
        if (type == CellValues.Boolean)
            return CellValue.Boolean(raw.Trim() is "1" or "true" or "TRUE");
        if (type == CellValues.Date)
            return IsoDate(raw);
        if (type == CellValues.String || type == CellValues.Error)
            return CellValue.Text(XmlText.Unescape(raw));
        return Number(raw, cell.StyleIndex?.Value ?? 0);
    }

    /// <summary>True when the cell holds a formula (a person's work, never overwritten).</summary>
    public static bool HasFormula(Cell? cell) => cell?.CellFormula is not null;

    private CellValue Number(string raw, uint style)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return CellValue.Text(raw);
        var kind = _styles.KindOf(style);
        var serial = _date1904 ? number + 1462 : number;
        // DateTime.FromOADate accepts -657435 to 2958465.99999999 (years 100 to 9999).
        if (kind == DateFormat.None || serial is <= -657435 or >= 2958466)
            return CellValue.Number(number);
        var local = DateTime.FromOADate(serial);
        return kind == DateFormat.Date ? CellValue.Date(DateOnly.FromDateTime(local)) : CellValue.DateTime(local);
    }

    private static CellValue IsoDate(string raw)
    {
        if (!DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value))
            return CellValue.Text(raw);
        return raw.Trim().Length <= 10 ? CellValue.Date(DateOnly.FromDateTime(value)) : CellValue.DateTime(value);
    }

    // Plain text is one <t>; rich text is runs, each with its own <t>; phonetic hints (<rPh>) are not the text.
    private static string TextOf(OpenXmlElement? item)
    {
        if (item is null)
            return "";
        var plain = item.GetFirstChild<Text>();
        var text = plain is not null ? plain.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
        return XmlText.Unescape(text);
    }
}
