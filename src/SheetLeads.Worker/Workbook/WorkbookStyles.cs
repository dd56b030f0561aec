using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using CellValue = SheetLeads.Core.Sheet.CellValue;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The workbook's cell styles. Reads which styles show dates; derives the styles the worker writes with (a date
/// format, wrapped text, a bold header, a row's highlight fill) from a cell's own style, so a colour or font the
/// team gave the cell is kept, and reuses a derived style already in the file, so the styles part does not grow from cycle to cycle.
/// </summary>
internal sealed class WorkbookStyles(WorkbookPart workbook)
{
    /// <summary>The format of date-time cells the worker writes.</summary>
    public const string DateTimeCode = "yyyy-mm-dd hh:mm";

    /// <summary>The format of date cells the worker writes.</summary>
    public const string DateCode = "yyyy-mm-dd";

    private readonly Dictionary<(uint, string), uint> _derived = [];
    private DateFormat[]? _kinds;

    /// <summary>Whether cells of a style show their number as a date.</summary>
    public DateFormat KindOf(uint style)
    {
        _kinds ??= ReadKinds();
        return style < _kinds.Length ? _kinds[style] : DateFormat.None;
    }

    /// <summary>The style to write a value with into a cell whose style is <paramref name="style"/>.</summary>
    public uint ForValue(uint style, CellValue value) => value.Kind switch
    {
        // A cell the team formatted as a date (say dd/mm/yyyy) keeps its format.
        CellKind.DateTime => KindOf(style) == DateFormat.DateTime ? style : WithFormat(style, DateTimeCode),
        CellKind.Date => KindOf(style) == DateFormat.Date ? style : WithFormat(style, DateCode),
        CellKind.Number when KindOf(style) != DateFormat.None => WithFormat(style, "General"),
        CellKind.Text when value.TextValue!.Contains('\n', StringComparison.Ordinal) => Wrapped(style),
        _ => style,
    };

    /// <summary>The style with a number format such as <see cref="DateTimeCode"/>.</summary>
    public uint WithFormat(uint style, string code)
    {
        var id = NumberFormatId(code);
        if (Format(style)?.NumberFormatId?.Value == id)
            return style;
        return Derive(style, "format " + code, xf =>
        {
            xf.NumberFormatId = id;
            xf.ApplyNumberFormat = true;
        });
    }

    /// <summary>The style with its text wrapped, so lines show as lines.</summary>
    public uint Wrapped(uint style) =>
        Format(style)?.Alignment?.WrapText?.Value == true
            ? style
            : Derive(style, "wrap", xf =>
            {
                (xf.Alignment ??= new Alignment()).WrapText = true;
                xf.ApplyAlignment = true;
            });

    /// <summary>The style in bold.</summary>
    public uint Bold(uint style)
    {
        var fonts = Sheet().Fonts ??= new Fonts(new Font());
        var fontId = Format(style)?.FontId?.Value ?? 0;
        var font = fonts.Elements<Font>().ElementAtOrDefault((int)fontId)?.CloneNode(true) as Font ?? new Font();
        if (font.Bold is { } bold && (bold.Val is null || bold.Val.Value))
            return style;
        font.Bold = new Bold();
        var boldId = FindOrAppend(fonts, font);
        fonts.Count = (uint)fonts.ChildElements.Count;
        return Derive(style, "bold", xf =>
        {
            xf.FontId = boldId;
            xf.ApplyFont = true;
        });
    }

    /// <summary>The style with a solid fill of <paramref name="rgb"/> (six hex digits RRGGBB).</summary>
    public uint WithFill(uint style, string rgb)
    {
        if (FillRgb(style) == rgb)
            return style;
        var fills = Fills();
        var fillId = FindOrAppend(fills, new Fill(new PatternFill(
            new ForegroundColor { Rgb = "FF" + rgb },
            new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        fills.Count = (uint)fills.ChildElements.Count;
        return Derive(style, "fill " + rgb, xf =>
        {
            xf.FillId = fillId;
            xf.ApplyFill = true;
        });
    }

    /// <summary>The style without a highlight's fill; a fill of another colour (the team's own) is kept.</summary>
    public uint WithoutHighlight(uint style) =>
        FillRgb(style) is { } rgb && Enum.GetValues<Highlight>().Any(h => HighlightColours.Rgb(h) == rgb)
            ? Derive(style, "no fill", xf =>
            {
                xf.FillId = 0;
                xf.ApplyFill = null;
            })
            : style;

    /// <summary>A stylesheet with the parts every workbook needs (ECMA-376 requires two fills).</summary>
    public static Stylesheet Minimal() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 })) { Count = 1 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }) { Count = 1 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private uint Derive(uint style, string change, Action<CellFormat> apply)
    {
        if (_derived.TryGetValue((style, change), out var known))
            return known;
        var formats = CellFormats();
        var xf = Format(style)?.CloneNode(true) as CellFormat
                 ?? new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 };
        apply(xf);
        var derived = FindOrAppend(formats, xf);
        formats.Count = (uint)formats.ChildElements.Count;
        _kinds = null;
        _derived[(style, change)] = derived;
        return derived;
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

    private uint NumberFormatId(string code)
    {
        if (code == "General")
            return 0;
        var sheet = Sheet();
        var formats = sheet.NumberingFormats ??= new NumberingFormats();
        var existing = formats.Elements<NumberingFormat>().FirstOrDefault(f => string.Equals(f.FormatCode?.Value, code, StringComparison.OrdinalIgnoreCase));
        if (existing?.NumberFormatId?.Value is { } id)
            return id;
        // Custom formats are numbered from 164 up; the lower ids are built in.
        var next = Math.Max(163u, formats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max()) + 1;
        formats.AppendChild(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        formats.Count = (uint)formats.ChildElements.Count;
        _kinds = null;
        return next;
    }

    private CellFormat? Format(uint style) =>
        workbook.WorkbookStylesPart?.Stylesheet?.CellFormats?.Elements<CellFormat>().ElementAtOrDefault((int)style);

    // The solid fill colour of a style as RRGGBB, or null when it has none.
    private string? FillRgb(uint style)
    {
        var fillId = Format(style)?.FillId?.Value ?? 0;
        var fill = workbook.WorkbookStylesPart?.Stylesheet?.Fills?.Elements<Fill>().ElementAtOrDefault((int)fillId)?.PatternFill;
        if (fill?.PatternType?.Value != PatternValues.Solid || fill.ForegroundColor?.Rgb?.Value is not { Length: 8 } argb)
            return null;
        return argb[2..].ToUpperInvariant();
    }

    // ECMA-376 requires the first two fills to be none and gray125.
    private Fills Fills() =>
        Sheet().Fills ??= new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };

    private CellFormats CellFormats() =>
        Sheet().CellFormats ??= new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });

    private Stylesheet Sheet()
    {
        var part = workbook.WorkbookStylesPart ?? workbook.AddNewPart<WorkbookStylesPart>();
        return part.Stylesheet ??= Minimal();
    }

    private DateFormat[] ReadKinds()
    {
        var sheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (sheet?.CellFormats is null)
            return [];
        var custom = sheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value) ?? [];
        return sheet.CellFormats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value ?? 0)
            .Select(id => custom.TryGetValue(id, out var code) ? DateFormats.OfCode(code) : DateFormats.OfBuiltIn(id))
            .ToArray();
    }
}
