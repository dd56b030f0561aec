using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Summary;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The cell styles of the Summary tab: number formats per <see cref="SummaryFormat"/>, bold titles and headers, red
/// alerts, blue link text, the legend's row colours. Each is found in the stylesheet or added once, so rewriting the
/// tab every few minutes does not grow the file.
/// </summary>
internal sealed class SummaryTabStyles(WorkbookPart workbook)
{
    /// <summary>The number format of the <c>Updated</c> stamp beside the Key figures title.</summary>
    public const string StampCode = "\"updated \"yyyy-mm-dd hh:mm";

    /// <summary>What the text of a cell looks like.</summary>
    public enum Look
    {
        /// <summary>The workbook's default font.</summary>
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

    private readonly Dictionary<(SummaryFormat, Look, Highlight), uint> _known = [];
    private uint? _stamp;

    /// <summary>The style of a cell of this format, look and fill.</summary>
    public uint For(SummaryFormat format, Look look = Look.Normal, Highlight fill = Highlight.None)
    {
        if (_known.TryGetValue((format, look, fill), out var known))
            return known;
        var style = Style(NumberFormat(format), look, fill);
        _known[(format, look, fill)] = style;
        return style;
    }

    /// <summary>The style of the <c>Updated</c> stamp.</summary>
    public uint Stamp() => _stamp ??= Style(NumberFormatId(StampCode), Look.Normal, Highlight.None);

    private uint NumberFormat(SummaryFormat format) => format switch
    {
        SummaryFormat.Count => 1, // built-in "0"
        SummaryFormat.Hours => NumberFormatId("0.0"),
        SummaryFormat.Percent => 9, // built-in "0%"
        SummaryFormat.Date => NumberFormatId(WorkbookStyles.DateCode),
        SummaryFormat.DateTime => NumberFormatId(WorkbookStyles.DateTimeCode),
        _ => 0,
    };

    private uint Style(uint numberFormat, Look look, Highlight fill)
    {
        var sheet = Stylesheet();
        var xf = new CellFormat { NumberFormatId = numberFormat, FontId = FontId(sheet, look), FillId = FillId(sheet, fill), BorderId = 0, FormatId = 0 };
        if (numberFormat != 0)
            xf.ApplyNumberFormat = true;
        if (look != Look.Normal)
            xf.ApplyFont = true;
        if (fill != Highlight.None)
            xf.ApplyFill = true;
        if (look == Look.BoldRight)
        {
            xf.AppendChild(new Alignment { Horizontal = HorizontalAlignmentValues.Right });
            xf.ApplyAlignment = true;
        }
        var formats = sheet.CellFormats ??= new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
        var index = FindOrAppend(formats, xf);
        formats.Count = (uint)formats.ChildElements.Count;
        return index;
    }

    private static uint FontId(Stylesheet sheet, Look look)
    {
        if (look == Look.Normal)
            return 0;
        var fonts = sheet.Fonts ??= new Fonts(new Font());
        // Start from the default font so the Summary reads in the workbook's own typeface.
        var font = fonts.Elements<Font>().FirstOrDefault()?.CloneNode(true) as Font ?? new Font();
        font.RemoveAllChildren<Bold>();
        font.RemoveAllChildren<Underline>();
        font.RemoveAllChildren<Color>();
        // CT_Font is a sequence: b before u before color before sz and name.
        var first = font.FirstChild;
        void Add(OpenXmlElement e)
        {
            if (first is null)
                font.AppendChild(e);
            else
                font.InsertBefore(e, first);
        }
        switch (look)
        {
            case Look.Bold or Look.BoldRight:
                Add(new Bold());
                break;
            case Look.Alert:
                Add(new Bold());
                font.InsertAfter(new Color { Rgb = "FFC00000" }, font.GetFirstChild<Bold>());
                break;
            case Look.Link:
                Add(new Underline());
                font.InsertAfter(new Color { Rgb = "FF1155CC" }, font.GetFirstChild<Underline>());
                break;
        }
        var id = FindOrAppend(fonts, font);
        fonts.Count = (uint)fonts.ChildElements.Count;
        return id;
    }

    private static uint FillId(Stylesheet sheet, Highlight highlight)
    {
        if (HighlightColours.Rgb(highlight) is not { } rgb)
            return 0;
        var fills = sheet.Fills ??= new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var fill = new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var id = FindOrAppend(fills, fill);
        fills.Count = (uint)fills.ChildElements.Count;
        return id;
    }

    private uint NumberFormatId(string code)
    {
        var sheet = Stylesheet();
        var formats = sheet.NumberingFormats ??= new NumberingFormats();
        if (formats.Elements<NumberingFormat>().FirstOrDefault(f => string.Equals(f.FormatCode?.Value, code, StringComparison.Ordinal))?.NumberFormatId?.Value is { } id)
            return id;
        // Custom formats are numbered from 164 up; the lower ids are built in.
        var next = Math.Max(163u, formats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max()) + 1;
        formats.AppendChild(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        formats.Count = (uint)formats.ChildElements.Count;
        return next;
    }

    private static uint FindOrAppend<T>(OpenXmlCompositeElement list, T element) where T : OpenXmlElement
    {
        var xml = element.OuterXml;
        var index = 0u;
        foreach (var existing in list.Elements<T>())
        {
            if (existing.OuterXml == xml)
                return index;
            index++;
        }
        list.AppendChild(element);
        return index;
    }

    private Stylesheet Stylesheet()
    {
        var part = workbook.WorkbookStylesPart ?? workbook.AddNewPart<WorkbookStylesPart>();
        return part.Stylesheet ??= WorkbookStyles.Minimal();
    }
}
