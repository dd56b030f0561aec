using System.Globalization;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// Cell values to and from the Sheets API. Written with <c>valueInputOption=RAW</c>: text is always text (never a
/// formula, number or date, SPEC §4), and the worker's own dates go as serial numbers that a date format shows.
/// </summary>
internal static class CellJson
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The JSON value for a RAW write; an empty value clears the cell.</summary>
    public static object ToRaw(CellValue value) => value.Kind switch
    {
        CellKind.Text => value.TextValue!,
        CellKind.Number => value.NumberValue,
        CellKind.DateTime or CellKind.Date => Serial(value.DateTimeValue),
        CellKind.Boolean => value.NumberValue != 0,
        _ => "",
    };

    /// <summary>Days since 1899-12-30, as spreadsheets count dates.</summary>
    public static double Serial(DateTime local) => (local - Epoch).TotalDays;

    /// <summary>The cell as read from grid data (its effective value), typed by the column it is in.</summary>
    public static CellValue FromSheet(ExtendedValue? value, LeadColumn? column) => value switch
    {
        null => CellValue.Empty,
        { StringValue: { } text } => CellValue.Text(text),
        { NumberValue: { } number } => FromNumber(number, column),
        { BoolValue: { } flag } => CellValue.Boolean(flag),
        { ErrorValue: { } error } => CellValue.Text(ErrorText(error.Type)),
        _ => CellValue.Empty,
    };

    /// <summary>The cell as the grid reader read it (its effective value), typed by the column it is in.</summary>
    public static CellValue FromSheet(GridCell cell, LeadColumn? column) => cell.Kind switch
    {
        GridCellKind.String => CellValue.Text(cell.Text),
        GridCellKind.Number => FromNumber(cell.Number, column),
        GridCellKind.Bool => CellValue.Boolean(cell.Number != 0),
        GridCellKind.Error => CellValue.Text(ErrorText(cell.Text)),
        _ => CellValue.Empty,
    };

    /// <summary>The cell as read with the values API (<c>UNFORMATTED_VALUE</c>), typed by the column it is in.</summary>
    public static CellValue FromValues(object? value, LeadColumn? column) => value switch
    {
        null => CellValue.Empty,
        string text => CellValue.Text(text),
        bool flag => CellValue.Boolean(flag),
        double or float or long or int or decimal => FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), column),
        _ => CellValue.Text(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>A value from the values API as a grid cell.</summary>
    public static GridCell AsGridCell(object? value) => value switch
    {
        null => GridCell.Empty,
        string text => text.Length == 0 ? GridCell.Empty : new GridCell(GridCellKind.String, text),
        bool flag => new GridCell(GridCellKind.Bool, Number: flag ? 1 : 0),
        double or float or long or int or decimal => new GridCell(GridCellKind.Number, Number: Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => new GridCell(GridCellKind.String, Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static CellValue FromNumber(double number, LeadColumn? column) => column switch
    {
        LeadColumn.Received or LeadColumn.FirstResponse or LeadColumn.LastEnquiry when IsSerial(number) => CellValue.DateTime(FromSerial(number)),
        LeadColumn.NextContact when IsSerial(number) => number == Math.Floor(number)
            ? CellValue.Date(DateOnly.FromDateTime(FromSerial(number)))
            : CellValue.DateTime(FromSerial(number)),
        _ => CellValue.Number(number),
    };

    private static bool IsSerial(double number) => number is > 0 and < 2958466;

    // Rounded to the second: a serial number cannot hold ticks exactly.
    private static DateTime FromSerial(double serial) =>
        Epoch.AddSeconds(Math.Round(serial * 86400));

    private static string ErrorText(string? type) => type switch
    {
        "N_A" => "#N/A",
        "DIVIDE_BY_ZERO" => "#DIV/0!",
        "VALUE" => "#VALUE!",
        "REF" => "#REF!",
        "NAME" => "#NAME?",
        "NUM" => "#NUM!",
        "NULL_VALUE" => "#NULL!",
        _ => "#ERROR!",
    };
}
