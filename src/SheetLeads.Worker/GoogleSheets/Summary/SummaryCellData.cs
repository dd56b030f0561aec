using System.Globalization;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.GoogleSheets.Api.Model;
using CellFormat = SheetLeads.Worker.GoogleSheets.Api.Model.CellFormat;
using Color = SheetLeads.Worker.GoogleSheets.Api.Model.Color;

namespace SheetLeads.Worker.GoogleSheets.Summary;

/// <summary>What the text of a Summary cell looks like (as on the workbook's Summary tab).</summary>
internal enum SummaryLook
{
    /// <summary>The sheet's default font.</summary>
    Normal,
    /// <summary>Bold: titles and headers.</summary>
    Bold,
    /// <summary>Bold and right-aligned: the header of a column of numbers, over its numbers.</summary>
    BoldRight,
    /// <summary>Bold red: alerts.</summary>
    Alert,
    /// <summary>Blue and underlined: a link to a lead's row.</summary>
    Link,
}

/// <summary>
/// Turns Summary values into Sheets <see cref="CellData"/>: text always as <c>stringValue</c> (never a formula),
/// numbers, dates and times as numbers with a number format (dates as serial numbers, days since 1899-12-30, as
/// Sheets counts them), links to a lead's row as a <c>HYPERLINK</c> formula to the Leads tab.
/// </summary>
internal static class SummaryCellData
{
    /// <summary>The pattern of the <c>updated</c> stamp beside the Key figures title (as the workbook's).</summary>
    public const string StampPattern = "\"updated \"yyyy-mm-dd hh:mm";

    private static readonly Color AlertRed = Color.FromRgb("C00000");
    private static readonly Color LinkBlue = Color.FromRgb("1155CC");

    /// <summary>A Summary value as a cell; <paramref name="leadsSheetId"/> is null when the Leads tab is missing
    /// (a link then shows as its plain label).</summary>
    public static CellData Of(SummaryCell cell, SummaryLook look, int? leadsSheetId)
    {
        var linked = cell.Link is not null && leadsSheetId is not null && !cell.Value.IsEmpty;
        var value = linked ? Hyperlink(cell.Value, leadsSheetId!.Value, cell.Link!.RowNumber) : Value(cell.Value);
        var format = Format(NumberFormatOf(cell.Format, cell.Value.Kind), linked ? SummaryLook.Link : look, cell.Highlight);
        return new CellData { UserEnteredValue = value, UserEnteredFormat = format };
    }

    /// <summary>Plain text in the given look.</summary>
    public static CellData Text(string text, SummaryLook look = SummaryLook.Normal) => Of(SummaryCell.Text(text), look, null);

    /// <summary>The <c>updated …</c> stamp: the time the figures were computed.</summary>
    public static CellData Stamp(DateTime local) => new()
    {
        UserEnteredValue = new ExtendedValue { NumberValue = Serial(local) },
        UserEnteredFormat = new CellFormat { NumberFormat = new NumberFormat { Type = "DATE_TIME", Pattern = StampPattern } },
    };

    /// <summary>The sheets serial number of a wall-clock time (the same days-since-1899-12-30 as OLE dates).</summary>
    public static double Serial(DateTime local) => local.ToOADate();

    private static ExtendedValue? Value(CellValue value) => value.Kind switch
    {
        _ when value.IsEmpty => null,
        CellKind.Text => new ExtendedValue { StringValue = value.TextValue },
        CellKind.Number when double.IsFinite(value.NumberValue) => new ExtendedValue { NumberValue = value.NumberValue },
        CellKind.Boolean => new ExtendedValue { BoolValue = value.NumberValue != 0 },
        CellKind.Date or CellKind.DateTime => new ExtendedValue { NumberValue = Serial(value.DateTimeValue) },
        _ => null,
    };

    /// <summary>
    /// <c>=HYPERLINK("#gid=…&amp;range=A…","label")</c>: a link inside the spreadsheet to the lead's row. The label
    /// is a string literal with its quotes doubled, so whatever a customer typed stays text; a number or date label
    /// stays a number, shown by the cell's number format.
    /// </summary>
    private static ExtendedValue Hyperlink(CellValue label, int leadsSheetId, int rowNumber)
    {
        var target = string.Create(CultureInfo.InvariantCulture, $"#gid={leadsSheetId}&range=A{rowNumber}");
        var shown = label.Kind switch
        {
            CellKind.Number when double.IsFinite(label.NumberValue) => label.NumberValue.ToString("R", CultureInfo.InvariantCulture),
            CellKind.Date or CellKind.DateTime => Serial(label.DateTimeValue).ToString("R", CultureInfo.InvariantCulture),
            _ => Quoted(label.AsText()),
        };
        return new ExtendedValue { FormulaValue = $"=HYPERLINK({Quoted(target)},{shown})" };
    }

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The number format of a Summary format; a date or time shown <see cref="SummaryFormat.Plain"/> still
    /// reads as one.</summary>
    private static NumberFormat? NumberFormatOf(SummaryFormat format, CellKind kind) => format switch
    {
        SummaryFormat.Count => new NumberFormat { Type = "NUMBER", Pattern = "0" },
        SummaryFormat.Hours => new NumberFormat { Type = "NUMBER", Pattern = "0.0" },
        SummaryFormat.Percent => new NumberFormat { Type = "PERCENT", Pattern = "0%" },
        SummaryFormat.Date => new NumberFormat { Type = "DATE", Pattern = "yyyy-mm-dd" },
        SummaryFormat.DateTime => new NumberFormat { Type = "DATE_TIME", Pattern = "yyyy-mm-dd hh:mm" },
        _ when kind == CellKind.Date => new NumberFormat { Type = "DATE", Pattern = "yyyy-mm-dd" },
        _ when kind == CellKind.DateTime => new NumberFormat { Type = "DATE_TIME", Pattern = "yyyy-mm-dd hh:mm" },
        _ => null,
    };

    private static CellFormat? Format(NumberFormat? number, SummaryLook look, Highlight highlight)
    {
        var text = look switch
        {
            SummaryLook.Bold or SummaryLook.BoldRight => new TextFormat { Bold = true },
            SummaryLook.Alert => new TextFormat { Bold = true, ForegroundColor = AlertRed },
            SummaryLook.Link => new TextFormat { Underline = true, ForegroundColor = LinkBlue },
            _ => null,
        };
        var fill = HighlightColours.Rgb(highlight) is { } rgb ? Color.FromRgb(rgb) : null;
        return number is null && text is null && fill is null
            ? null
            : new CellFormat { NumberFormat = number, TextFormat = text, BackgroundColor = fill, HorizontalAlignment = look == SummaryLook.BoldRight ? "RIGHT" : null };
    }
}
