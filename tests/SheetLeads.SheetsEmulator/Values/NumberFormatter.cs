using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>Renders a number the way Sheets displays it under a cell's number format (en_GB).</summary>
internal static class NumberFormatter
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static bool IsDateType(JsonObject? numberFormat) =>
        (string?)numberFormat?["type"] is "DATE" or "TIME" or "DATE_TIME";

    public static string Format(double value, JsonObject? numberFormat)
    {
        var type = (string?)numberFormat?["type"];
        var pattern = (string?)numberFormat?["pattern"];
        if (string.IsNullOrEmpty(pattern))
        {
            pattern = type switch
            {
                "DATE" => "dd/mm/yyyy",
                "TIME" => "hh:mm:ss",
                "DATE_TIME" => "dd/mm/yyyy hh:mm:ss",
                "PERCENT" => "0.00%",
                "CURRENCY" => "\"£\"#,##0.00",
                "SCIENTIFIC" => "0.00E+00",
                _ => null,
            };
        }
        if (pattern is null || type == "TEXT" || pattern == "@")
            return General(value);
        if (IsDateType(numberFormat) || LooksLikeDatePattern(pattern))
            return FormatDate(value, pattern);
        return FormatNumber(value, pattern);
    }

    /// <summary>Sheets' automatic format: integers in full, otherwise up to 10 decimals, huge or tiny numbers scientific.</summary>
    public static string General(double value)
    {
        if (value == 0)
            return "0";
        var abs = Math.Abs(value);
        if (abs >= 1e15 || abs < 1e-10)
            return value.ToString("0.##E+00", Culture);
        if (value == Math.Floor(value))
            return value.ToString("0", Culture);
        var significant = Math.Max(0, 10 - (int)Math.Floor(Math.Log10(abs)) - 1);
        return Math.Round(value, Math.Min(significant, 15)).ToString("0.###############", Culture);
    }

    private static bool LooksLikeDatePattern(string pattern)
    {
        var bare = StripLiterals(pattern).ToLowerInvariant();
        return bare.Contains('y', StringComparison.Ordinal) || bare.Contains('d', StringComparison.Ordinal)
            || bare.Contains('h', StringComparison.Ordinal) || bare.Contains('s', StringComparison.Ordinal) && !bare.Contains('0', StringComparison.Ordinal);
    }

    private static string StripLiterals(string pattern)
    {
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '"')
                quoted = !quoted;
            else if (c == '\\')
                i++;
            else if (!quoted)
                sb.Append(c);
        }
        return sb.ToString();
    }

    private static string FormatNumber(double value, string pattern)
    {
        // .NET custom numeric formats share Sheets' 0 # , . % E+ and ; sections; currency tags "[$£-809]" become literals.
        var net = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == '$')
            {
                var end = pattern.IndexOf(']', i);
                if (end < 0)
                    break;
                var symbol = pattern[(i + 2)..end].Split('-')[0];
                net.Append('"').Append(symbol).Append('"');
                i = end;
                continue;
            }
            net.Append(pattern[i]);
        }
        try
        {
            return value.ToString(net.ToString(), Culture);
        }
        catch (FormatException)
        {
            return General(value);
        }
    }

    private static string FormatDate(double serial, string pattern)
    {
        var moment = SerialDate.To(serial);
        var tokens = Tokenise(pattern);
        var twelveHour = tokens.Any(t => t.Kind == 'a');
        var sb = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (kind, text) = tokens[i];
            switch (kind)
            {
                case 'y':
                    sb.Append(text.Length <= 2 ? (moment.Year % 100).ToString("00", Culture) : moment.Year.ToString("0000", Culture));
                    break;
                case 'm' when IsMinute(tokens, i):
                    sb.Append(text.Length >= 2 ? moment.Minute.ToString("00", Culture) : moment.Minute.ToString(Culture));
                    break;
                case 'm':
                    sb.Append(text.Length switch
                    {
                        1 => moment.Month.ToString(Culture),
                        2 => moment.Month.ToString("00", Culture),
                        3 => MonthNames[moment.Month - 1][..3],
                        5 => MonthNames[moment.Month - 1][..1],
                        _ => MonthNames[moment.Month - 1],
                    });
                    break;
                case 'd':
                    sb.Append(text.Length switch
                    {
                        1 => moment.Day.ToString(Culture),
                        2 => moment.Day.ToString("00", Culture),
                        3 => DayNames[(int)moment.DayOfWeek][..3],
                        _ => DayNames[(int)moment.DayOfWeek],
                    });
                    break;
                case 'h':
                    var hour = twelveHour ? (moment.Hour % 12 == 0 ? 12 : moment.Hour % 12) : moment.Hour;
                    sb.Append(text.Length >= 2 ? hour.ToString("00", Culture) : hour.ToString(Culture));
                    break;
                case 's':
                    sb.Append(text.Length >= 2 ? moment.Second.ToString("00", Culture) : moment.Second.ToString(Culture));
                    break;
                case 'a':
                    var pm = moment.Hour >= 12;
                    sb.Append(text.Length <= 3 ? (pm ? "p" : "a") : pm ? "PM" : "AM");
                    break;
                default:
                    sb.Append(text);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool IsMinute(List<(char Kind, string Text)> tokens, int index)
    {
        if (tokens[index].Text.Length > 2)
            return false;
        for (var j = index - 1; j >= 0; j--)
        {
            if (tokens[j].Kind is 'h')
                return true;
            if (tokens[j].Kind is 'y' or 'd' or 'm' or 's')
                break;
        }
        for (var j = index + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Kind is 's')
                return true;
            if (tokens[j].Kind is 'y' or 'd' or 'm' or 'h')
                break;
        }
        return false;
    }

    private static List<(char Kind, string Text)> Tokenise(string pattern)
    {
        var tokens = new List<(char Kind, string Text)>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var lower = char.ToLowerInvariant(c);
            if (c == '"')
            {
                var end = pattern.IndexOf('"', i + 1);
                end = end < 0 ? pattern.Length : end;
                tokens.Add(('"', pattern[(i + 1)..end]));
                i = end + 1;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                tokens.Add(('"', pattern[i + 1].ToString()));
                i += 2;
            }
            else if (pattern.AsSpan(i).StartsWith("am/pm", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(('a', "AM/PM"));
                i += 5;
            }
            else if (pattern.AsSpan(i).StartsWith("a/p", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(('a', "a/p"));
                i += 3;
            }
            else if (lower is 'y' or 'm' or 'd' or 'h' or 's')
            {
                var start = i;
                while (i < pattern.Length && char.ToLowerInvariant(pattern[i]) == lower)
                    i++;
                tokens.Add((lower, pattern[start..i]));
            }
            else
            {
                tokens.Add(('"', c.ToString()));
                i++;
            }
        }
        return tokens;
    }
}
