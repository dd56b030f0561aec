using System.Globalization;

namespace SheetLeads.Core.Sheet;

/// <summary>Reads typed values out of cells, whatever the person or back end put there.</summary>
public static class CellReading
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "dd/MM/yyyy HH:mm", "d/M/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "dd.MM.yyyy HH:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d MMM yyyy", "d MMMM yyyy"];

    /// <summary>The business wall-clock time in a date or date-time cell (a spreadsheet serial number counts).</summary>
    public static DateTime? LocalDateTime(CellValue cell) => cell.Kind switch
    {
        CellKind.DateTime or CellKind.Date => cell.DateTimeValue,
        CellKind.Number when cell.NumberValue is > 0 and < 2958466 => DateTime.FromOADate(cell.NumberValue),
        CellKind.Text => ParseText(cell.TextValue!.Trim()),
        _ => null,
    };

    /// <summary>The date in a date cell.</summary>
    public static DateOnly? Date(CellValue cell) => LocalDateTime(cell) is { } d ? DateOnly.FromDateTime(d) : null;

    /// <summary>A whole number in a cell (a number, or text holding one).</summary>
    public static int? WholeNumber(CellValue cell) => cell.Kind switch
    {
        CellKind.Number when cell.NumberValue is >= 0 and < int.MaxValue => (int)Math.Round(cell.NumberValue),
        CellKind.Text when int.TryParse(cell.TextValue!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static DateTime? ParseText(string text)
    {
        if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            return dt;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
            return d;
        return null;
    }
}
