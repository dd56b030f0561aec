using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>
/// What Sheets makes of text typed by a person, or sent with valueInputOption=USER_ENTERED, in the en_GB locale:
/// "=…" a formula, a leading apostrophe forces text, TRUE/FALSE booleans, numbers (with thousands separators,
/// percentages, £), dates and times (day first) as serial numbers with a date format. A leading "+" that is not a
/// plain number starts a formula, which is why "+44 7700 900123" shows #ERROR! in Sheets.
/// </summary>
internal static partial class UserEnteredParser
{
    public static (CellValue? Value, JsonObject? NumberFormat) Parse(string text)
    {
        if (text.Length == 0)
            return (null, null);
        if (text[0] == '\'')
            return (new TextValue(text[1..]), null);
        if (text[0] == '=')
            return (new FormulaValue(text), null);
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "TRUE", StringComparison.OrdinalIgnoreCase))
            return (new BoolValue(true), null);
        if (string.Equals(trimmed, "FALSE", StringComparison.OrdinalIgnoreCase))
            return (new BoolValue(false), null);
        if (trimmed.Length == 0 || !(char.IsAsciiDigit(trimmed[0]) || trimmed[0] is '-' or '+' or '.' or '£'))
            return (new TextValue(text), null);
        if (TryNumber(trimmed, out var number, out var format))
            return (new NumberValue(number), format);
        if (TryDate(trimmed, out var serial, out var dateFormat))
            return (new NumberValue(serial), dateFormat);
        if (trimmed.StartsWith('+') && trimmed.Length > 1)
            return (new FormulaValue("=" + trimmed), null);
        return (new TextValue(text), null);
    }

    private static bool TryNumber(string text, out double number, out JsonObject? format)
    {
        format = null;
        number = 0;
        var body = text;
        var negative = false;
        if (body.StartsWith('-') || body.StartsWith('+'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        var percent = body.EndsWith('%');
        if (percent)
            body = body[..^1];
        var currency = body.StartsWith('£');
        if (currency)
            body = body[1..];
        if (!NumberText().IsMatch(body))
            return false;
        if (!double.TryParse(body.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            return false;
        if (negative)
            number = -number;
        var decimals = body.Contains('.', StringComparison.Ordinal) && !body.Contains('e', StringComparison.OrdinalIgnoreCase);
        if (percent)
        {
            number /= 100;
            format = Format("PERCENT", decimals ? "0.00%" : "0%");
        }
        else if (currency)
        {
            format = Format("CURRENCY", "\"£\"#,##0.00");
        }
        else if (body.Contains(',', StringComparison.Ordinal))
        {
            format = Format("NUMBER", decimals ? "#,##0.00" : "#,##0");
        }
        else if (body.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            format = Format("SCIENTIFIC", "0.00E+00");
        }
        return true;
    }

    private static bool TryDate(string text, out double serial, out JsonObject? format)
    {
        serial = 0;
        format = null;
        var iso = IsoDateTime().Match(text);
        if (iso.Success)
            return Build(iso, int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), "yyyy-mm-dd", out serial, out format);
        var dmy = DayMonthYear().Match(text);
        if (dmy.Success)
        {
            var year = int.Parse(dmy.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (dmy.Groups["y"].Value.Length <= 2)
                year += year < 30 ? 2000 : 1900;
            return Build(dmy, year, "dd/mm/yyyy", out serial, out format);
        }
        var time = TimeOnlyText().Match(text);
        if (time.Success && TryTime(time, out var ofDay))
        {
            serial = ofDay.TotalDays;
            format = Format("TIME", time.Groups["s"].Success ? "hh:mm:ss" : "hh:mm");
            return true;
        }
        return false;
    }

    private static bool Build(Match match, int year, string datePattern, out double serial, out JsonObject? format)
    {
        serial = 0;
        format = null;
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        if (!match.Groups["h"].Success)
        {
            serial = SerialDate.From(date);
            format = Format("DATE", datePattern);
            return true;
        }
        if (!TryTime(match, out var ofDay))
            return false;
        serial = SerialDate.From(date + ofDay);
        format = Format("DATE_TIME", datePattern + (match.Groups["s"].Success ? " hh:mm:ss" : " hh:mm"));
        return true;
    }

    private static bool TryTime(Match match, out TimeSpan ofDay)
    {
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        ofDay = new TimeSpan(hour, minute, second);
        return hour < 24 && minute < 60 && second < 60;
    }

    private static JsonObject Format(string type, string pattern) => new() { ["type"] = type, ["pattern"] = pattern };

    [GeneratedRegex(@"^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})([ T](?<h>\d{1,2}):(?<n>\d{2})(:(?<s>\d{2}))?)?$")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2}|\d{4})( (?<h>\d{1,2}):(?<n>\d{2})(:(?<s>\d{2}))?)?$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<n>\d{2})(:(?<s>\d{2}))?$")]
    private static partial Regex TimeOnlyText();
}
