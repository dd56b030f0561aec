using System.Globalization;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Tests.Summary;

/// <summary>Working hours for the Summary tests.</summary>
internal static class WorkingHoursForTests
{
    public static WorkingTime MondayToFriday(BusinessTime time, string open, string close, IReadOnlyList<string> holidays) =>
        new(time,
            new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            TimeOnly.Parse(open, CultureInfo.InvariantCulture),
            TimeOnly.Parse(close, CultureInfo.InvariantCulture),
            holidays.Select(h => DateOnly.Parse(h, CultureInfo.InvariantCulture)).ToHashSet());
}
