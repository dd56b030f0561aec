namespace SheetLeads.Worker.Workbook;

/// <summary>What a number format shows a number as: a plain number, a date, or a date with a time of day.</summary>
internal enum DateFormat
{
    /// <summary>Not a date format.</summary>
    None,
    /// <summary>A date without a time of day.</summary>
    Date,
    /// <summary>A date with a time of day.</summary>
    DateTime,
    /// <summary>A time of day (or a duration) without a date.</summary>
    Time,
}

/// <summary>Tells date formats from number formats, as spreadsheet programs do when they show a serial number.</summary>
internal static class DateFormats
{
    /// <summary>The kind of a built-in number format (ECMA-376 18.8.30: 14-17 dates, 18-21 and 45-47 times, 22 both).</summary>
    public static DateFormat OfBuiltIn(uint id) => id switch
    {
        >= 14 and <= 17 => DateFormat.Date,
        22 => DateFormat.DateTime,
        >= 18 and <= 21 or >= 45 and <= 47 => DateFormat.Time,
        _ => DateFormat.None,
    };

    /// <summary>
    /// The kind of a custom format code, judged on its first section outside quotes, brackets and escapes: h or s
    /// make a time, y or d a date, and m is months unless the code has a time (then it may be minutes).
    /// </summary>
    public static DateFormat OfCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return DateFormat.None;
        bool date = false, month = false, time = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (char.ToLowerInvariant(code[i]))
            {
                case ';':
                    i = code.Length;
                    break;
                case '"':
                    i = Skip(code, i, '"');
                    break;
                case '[':
                    i = Skip(code, i, ']');
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'd':
                    date = true;
                    break;
                case 'm':
                    month = true;
                    break;
                case 'h' or 's':
                    time = true;
                    break;
            }
        }
        return (date || (month && !time), time) switch
        {
            (true, true) => DateFormat.DateTime,
            (true, false) => DateFormat.Date,
            (false, true) => DateFormat.Time,
            _ => DateFormat.None,
        };
    }

    private static int Skip(string code, int from, char end)
    {
        var at = code.IndexOf(end, from + 1);
        return at < 0 ? code.Length : at;
    }
}
