using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

/// <summary>
/// Computes the Summary tab (SPEC §6) from the leads as read from the Leads tab, each channel's health and the
/// moment, with the business's rules. Pure: no clock, no I/O.
/// </summary>
/// <remarks>
/// Readings of SPEC §6 made here: "unqualified" is every status of role <c>closed</c> (closed for a reason other
/// than won or lost); "waiting for first response" is a lead of role <c>new</c> with no First response; a lead
/// with no Received date counts in the all-time figures but in no period; <c>By source</c> covers all time and
/// <c>By source this month</c> the leads received this month; "oldest untouched" is an owner's oldest lead still
/// waiting for a first response.
/// </remarks>
public sealed partial class SummaryBuilder(SummarySettings settings)
{
    private const string NoSource = "(no source)";
    private const string NoOwner = "(no owner)";

    /// <summary>Builds the report.</summary>
    /// <param name="leads">Every lead of the Leads tab, as <see cref="Sheet.LeadRowReader"/> reads them.</param>
    /// <param name="channels">The configured channels' names, in configuration order.</param>
    /// <param name="health">What the worker's state knows of the channels' health.</param>
    /// <param name="now">The moment the figures are for.</param>
    public SummaryReport Build(IReadOnlyList<Lead> leads, IReadOnlyList<string> channels, IReadOnlyList<ChannelHealth> health, DateTimeOffset now)
    {
        var facts = new SummaryFacts(leads, now, settings);
        var known = channels
            .Select(name => (Name: name, Health: health.FirstOrDefault(h => string.Equals(h.Channel, name, StringComparison.Ordinal))))
            .ToArray();
        return new SummaryReport(
            Alerts(SilentChannels(channels, health, now)),
            KeyFigures(facts),
            [
                ByStatus(facts),
                BySource(SummaryLabels.BySource, facts.Leads),
                BySource(SummaryLabels.BySourceThisMonth, facts.ThisMonth),
                ResponseTimes(SummaryLabels.ResponseTimeBySource, "Source", facts, l => Cells.Named(l.Source, NoSource)),
                ResponseTimes(SummaryLabels.ResponseTimeByOwner, "Owner", facts, l => Cells.Named(l.Owner, NoOwner)),
                ByOwner(facts),
                NeedsAction(facts),
                PastWindowTable(facts),
                LostReasons(facts),
                OverdueAndStale(facts),
                ChannelHealthTable(known),
                ColourLegend(),
            ],
            WeeklyBySource(facts),
            settings.Time.ToLocal(now));
    }
}
