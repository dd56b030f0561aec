namespace SheetLeads.Worker.Options;

/// <summary>Reads the day names of <c>WorkingHours:Days</c>: Mon, Monday, mon …</summary>
internal static class WeekDays
{
    public static bool TryParse(string? text, out DayOfWeek day)
    {
        day = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t) || t.Length < 3)
            return false;
        foreach (var d in Enum.GetValues<DayOfWeek>())
        {
            var full = d.ToString();
            if (full.Equals(t, StringComparison.OrdinalIgnoreCase) || full[..3].Equals(t, StringComparison.OrdinalIgnoreCase))
            {
                day = d;
                return true;
            }
        }
        return false;
    }
}
