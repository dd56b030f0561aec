using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

public sealed partial class SummaryBuilder
{
    private const string NoStatus = "(no status)";
    private const string NoReason = "(not given)";

    /// <summary>Open leads by status: the configured open statuses in dropdown order (zeros too), then any other
    /// text the team typed.</summary>
    private SummaryTable ByStatus(SummaryFacts facts)
    {
        var counts = facts.Leads.Where(l => l.Lead.IsOpen)
            .GroupBy(l => settings.Statuses.Find(l.Lead.Status)?.Name ?? Cells.Named(l.Lead.Status, NoStatus), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var configured = settings.Statuses.All.Where(s => s.Role.IsOpen()).Select(s => s.Name).ToArray();
        var others = counts.Keys.Where(k => !configured.Contains(k, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        return new SummaryTable(SummaryLabels.ByStatus, ["Status", "Leads"],
            configured.Concat(others).Select(s => Row(Cells.Text(s), Cells.Count(counts.GetValueOrDefault(s)))).ToArray());
    }

    /// <summary>Per source: leads, won, lost, unqualified (role closed) and conversion; most leads first.</summary>
    private static SummaryTable BySource(string title, IEnumerable<LeadFacts> leads) =>
        new(title, ["Source", "Leads", "Won", "Lost", "Unqualified", "Conversion"],
            leads.GroupBy(l => Cells.Named(l.Lead.Source, NoSource), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(
                    Cells.Text(g.Key),
                    Cells.Count(g.Count()),
                    Cells.Count(g.Count(l => l.Lead.Role == StatusRole.Won)),
                    Cells.Count(g.Count(l => l.Lead.Role == StatusRole.Lost)),
                    Cells.Count(g.Count(l => l.Lead.Role == StatusRole.Closed)),
                    Conversion(g.ToArray())))
                .ToArray());

    /// <summary>Lost leads by their Lost reason, most first.</summary>
    private static SummaryTable LostReasons(SummaryFacts facts) =>
        new(SummaryLabels.LostReasons, ["Reason", "Leads"],
            facts.Leads.Where(l => l.Lead.Role == StatusRole.Lost)
                .GroupBy(l => Cells.Named(l.Lead.LostReason, NoReason), StringComparer.OrdinalIgnoreCase)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(Cells.Text(g.Key), Cells.Count(g.Count())))
                .ToArray());

    private static SummaryCell[] Row(params SummaryCell[] cells) => cells;
}
