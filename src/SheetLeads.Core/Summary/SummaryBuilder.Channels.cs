using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Summary;

public sealed partial class SummaryBuilder
{
    /// <summary>How many sync intervals a channel may go unread before it is an alert (SPEC §6).</summary>
    private const int SilentIntervals = 3;

    /// <summary>
    /// The channels that have not completed a read for three sync intervals (SPEC §6), with their last error. A channel
    /// never read counts from the worker's first try; one the state has never heard of (configured since the last
    /// cycle) is not judged yet.
    /// </summary>
    /// <param name="channels">The configured channels' names, in configuration order.</param>
    /// <param name="health">What the worker's state knows of the channels' health.</param>
    /// <param name="now">The moment they are judged at.</param>
    public IReadOnlyList<SilentChannel> SilentChannels(IReadOnlyList<string> channels, IReadOnlyList<ChannelHealth> health, DateTimeOffset now) =>
        channels
            .Select(name => health.FirstOrDefault(h => string.Equals(h.Channel, name, StringComparison.Ordinal)))
            .Where(h => h is not null && now - (h.LastSuccess ?? h.FirstPoll) > SilentIntervals * settings.SyncInterval)
            .Select(h => new SilentChannel(h!.Channel, h.LastSuccess, h.FirstPoll, h.LastError is { Length: > 0 } e ? e : "no error was recorded"))
            .ToArray();

    /// <summary>The red lines at the top of the Summary: one per silent channel.</summary>
    private List<string> Alerts(IReadOnlyList<SilentChannel> silent) =>
        silent.Select(s => s.LastSuccess is { } last
                ? $"Channel {s.Channel} has not been read since {Stamp(last)}: {s.LastError}"
                : $"Channel {s.Channel} has never been read (first tried {Stamp(s.FirstPoll)}): {s.LastError}")
            .ToList();

    /// <summary>Per channel: last successful read, enquiries taken in today, skips today by reason, last error.</summary>
    private SummaryTable ChannelHealthTable(IReadOnlyList<(string Name, ChannelHealth? Health)> channels) =>
        new(SummaryLabels.ChannelHealth, ["Channel", "Last success", "Taken today", "Skipped today", "Last error"],
            channels.Select(c => Row(
                Cells.Text(c.Name),
                Cells.DateTime(c.Health?.LastSuccess is { } last ? settings.Time.ToLocal(last) : null),
                Cells.Count(c.Health?.TakenToday ?? 0),
                Cells.Text(Skipped(c.Health?.SkippedToday)),
                Cells.Text(c.Health is { LastError: { } error, LastErrorAt: { } at } ? Stamp(at) + " " + error : "")))
                .ToArray());

    /// <summary><c>3 (auto-reply=2 bulk=1)</c>, the reasons as the cycle summary spells them.</summary>
    private static string Skipped(IReadOnlyDictionary<SkipReason, int>? skipped)
    {
        var total = skipped?.Values.Sum() ?? 0;
        if (total == 0)
            return "0";
        var reasons = skipped!.Where(s => s.Value > 0).Select(s => (Reason: s.Key.ToText(), Count: s.Value)).OrderBy(s => s.Reason, StringComparer.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{total} ({string.Join(' ', reasons.Select(r => $"{r.Reason}={r.Count}"))})");
    }

    private string Stamp(DateTimeOffset at) => settings.Time.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What each row colour of the Leads tab means, each name painted in its colour.</summary>
    private static SummaryTable ColourLegend() =>
        new(SummaryLabels.ColourLegend, ["Colour", "Meaning"],
        [
            Row(Painted("Late", Highlight.Late), Cells.Text("No response within the response target, or Next contact in the past")),
            Row(Painted("Needs attention", Highlight.NeedsAttention), Cells.Text("No next step, or open longer than the conversion window (Stalled)")),
            Row(Painted("Incomplete", Highlight.Incomplete), Cells.Text("Required fields missing")),
            Row(Painted("Possible duplicate", Highlight.PossibleDuplicate), Cells.Text("A typed row that may be a lead already in the sheet")),
        ]);

    private static SummaryCell Painted(string text, Highlight highlight) => new(CellValue.Text(text), SummaryFormat.Plain, Highlight: highlight);

    /// <summary>Leads received per week (Monday to Sunday, business time) by source, the last 12 weeks, oldest first;
    /// sources with the most leads first.</summary>
    private static SummaryTable WeeklyBySource(SummaryFacts facts)
    {
        var first = facts.WeekStart.AddDays(-7 * 11);
        var weeks = Enumerable.Range(0, 12).Select(i => first.AddDays(7 * i)).ToArray();
        var recent = facts.Leads.Where(l => l.ReceivedOn >= first && l.ReceivedOn < facts.WeekStart.AddDays(7)).ToArray();
        var sources = recent.GroupBy(l => Cells.Named(l.Lead.Source, NoSource), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var counts = recent.GroupBy(l => (Week: SummaryFacts.MondayOf(l.ReceivedOn!.Value), Source: Cells.Named(l.Lead.Source, NoSource)))
            .ToDictionary(g => g.Key, g => g.Count());
        return new SummaryTable(SummaryLabels.LeadsPerWeek, ["Week", .. sources],
            weeks.Select(w => (IReadOnlyList<SummaryCell>)[Cells.Date(w), .. sources.Select(s => Cells.Count(counts.GetValueOrDefault((w, s))))]).ToArray());
    }
}
