using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Summary;

public sealed partial class SummaryBuilder
{
    /// <summary>
    /// Response times per source or owner, over the same leads as the Key figures (arrived in the last 30 days with a
    /// First response), with the leads waiting for a first response right now. Every source or owner with either.
    /// </summary>
    private SummaryTable ResponseTimes(string title, string key, SummaryFacts facts, Func<Lead, string> keyOf) =>
        new(title, [key, "Answered", "Median (working hours)", "90th percentile (working hours)", "Within target", "Waiting"],
            facts.Leads.Where(l => l.ResponseTime is not null || l.Waiting is not null)
                .GroupBy(l => keyOf(l.Lead), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var hours = g.Where(l => l.ResponseTime is not null).Select(l => l.ResponseTime!.Value).ToArray();
                    return Row(
                        Cells.Text(g.Key),
                        Cells.Count(hours.Length),
                        Cells.Hours(Percentile.Inclusive(hours.Select(h => h.TotalHours), 0.5)),
                        Cells.Hours(Percentile.Inclusive(hours.Select(h => h.TotalHours), 0.9)),
                        Cells.Share(hours.Count(h => h <= settings.ResponseTarget), hours.Length),
                        Cells.Count(g.Count(l => l.Waiting is not null)));
                })
                .ToArray());

    /// <summary>
    /// Who owns what: the team members in configured order (even with nothing open), then anyone else who owns an
    /// open lead. Oldest untouched is the owner's oldest lead still waiting for a first response, linked to its row.
    /// </summary>
    private SummaryTable ByOwner(SummaryFacts facts)
    {
        var open = facts.Leads.Where(l => l.Lead.IsOpen).ToLookup(l => Cells.Named(l.Lead.Owner, NoOwner), StringComparer.OrdinalIgnoreCase);
        var team = settings.Team.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToArray();
        var others = open.Select(g => g.Key).Where(o => !team.Contains(o, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
        return new SummaryTable(SummaryLabels.ByOwner, ["Owner", "Open", "Overdue", "No next step", "Oldest untouched"],
            team.Concat(others).Distinct(StringComparer.OrdinalIgnoreCase).Select(owner =>
            {
                var leads = open[owner].ToArray();
                var oldest = leads.Where(l => l.Waiting is not null && l.Lead.Received is not null).MinBy(l => l.Lead.Received);
                return Row(
                    Cells.Text(owner),
                    Cells.Count(leads.Length),
                    Cells.Count(leads.Count(l => l.Overdue)),
                    Cells.Count(leads.Count(l => l.NoNextStep)),
                    Cells.DateTime(oldest is null ? null : settings.Time.ToLocal(oldest.Lead.Received!.Value), oldest is null ? null : Cells.Link(oldest.Lead)));
            }).ToArray());
    }
}
