using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Tests.Support;

namespace SheetLeads.Core.Tests.Summary;

/// <summary>Leads, settings and readings for the Summary tests. Times are business wall-clock (London-like zone).</summary>
internal static class SummarySome
{
    /// <summary>Mon–Fri 09:00–17:30, Christmas Day closed.</summary>
    public static WorkingTime Hours { get; } = WorkingHoursForTests.MondayToFriday(Some.Time, "09:00", "17:30", holidays: ["2026-12-25"]);

    public static SummarySettings Settings(
        TimeSpan? target = null,
        TimeSpan? window = null,
        IReadOnlyList<string>? team = null,
        BusinessTime? time = null,
        WorkingTime? hours = null) => new(
        time ?? Some.Time,
        hours ?? Hours,
        target ?? TimeSpan.FromMinutes(30),
        window ?? TimeSpan.FromDays(30),
        TimeSpan.FromMinutes(1),
        StatusSet.Default,
        team ?? ["Alice Hart", "Bob Singh"]);

    private static int _row = 1;

    /// <summary>A lead as read from its row; the role follows from the default statuses.</summary>
    public static Lead Lead(
        string? received = "2026-11-02 10:00",
        string status = "New",
        string source = "Email",
        string owner = "Alice Hart",
        string? firstResponse = null,
        string? nextContact = null,
        string lostReason = "",
        int? id = null,
        string name = "",
        BusinessTime? time = null)
    {
        var row = Interlocked.Increment(ref _row);
        time ??= Some.Time;
        return new Lead
        {
            Id = new LeadId(id ?? row),
            Row = new SheetRow(row, []),
            Received = received is null ? null : time.ToInstant(Some.Local(received)),
            Source = source,
            Name = name,
            Status = status,
            Role = StatusSet.Default.RoleOf(status),
            Owner = owner,
            FirstResponse = firstResponse is null ? null : time.ToInstant(Some.Local(firstResponse)),
            NextContact = nextContact is null ? null : DateOnly.Parse(nextContact, System.Globalization.CultureInfo.InvariantCulture),
            LostReason = lostReason,
        };
    }

    /// <summary>A business wall-clock moment as an instant.</summary>
    public static DateTimeOffset At(string local, BusinessTime? time = null) => (time ?? Some.Time).ToInstant(Some.Local(local));

    public static SummaryReport Build(IReadOnlyList<Lead> leads, string now, SummarySettings? settings = null,
        IReadOnlyList<string>? channels = null, IReadOnlyList<ChannelHealth>? health = null) =>
        new SummaryBuilder(settings ?? Settings()).Build(leads, channels ?? [], health ?? [], At(now, settings?.Time));

    public static SummaryCell Figure(this SummaryReport report, string label) => report.KeyFigures.Single(f => f.Label == label).Value;

    public static double? Number(this SummaryCell cell) => cell.Value.Kind == CellKind.Number ? cell.Value.NumberValue : null;

    public static SummaryTable Table(this SummaryReport report, string title) => report.Tables.Single(t => t.Title == title);

    /// <summary>The table's rows as text, cells joined by " | ".</summary>
    public static IReadOnlyList<string> Lines(this SummaryTable table) =>
        table.Rows.Select(r => string.Join(" | ", r.Select(c => c.Value.AsText()))).ToArray();
}
