using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Notifications;

/// <summary>
/// The manager's mails (SPEC §7, §6): escalations of leads past twice the response target or overdue by the set
/// days, a channel silent for three intervals, and the daily digest with the Summary's key figures.
/// </summary>
public sealed class ManagerNotices(SummarySettings summary, NoticeSettings settings)
{
    private const int DigestListLength = 20;

    /// <summary>Each lead to escalate now, with what it is escalated for; each is told once (its key).</summary>
    public IReadOnlyList<Escalation> Escalations(IReadOnlyList<Lead> leads, DateTimeOffset now)
    {
        var facts = new SummaryFacts(leads, now, summary);
        var escalations = new List<Escalation>();
        foreach (var lead in facts.Leads.Where(l => l.Lead.Id is not null))
        {
            var id = lead.Lead.Id!.Value;
            var owner = Cells.Named(lead.Lead.Owner, "no owner");
            var name = lead.Lead.Name.Length > 0 ? " " + lead.Lead.Name : "";
            if (lead.Waiting is { } waited && waited > 2 * summary.ResponseTarget)
                escalations.Add(new Escalation($"escalation:no-response:{id}", new NoticeLine(
                    string.Create(CultureInfo.InvariantCulture, $"{id}{name}: no first response after {waited.TotalHours:0.0} working hours (target {summary.ResponseTarget.TotalHours:0.0}); owner {owner}"),
                    Cells.Link(lead.Lead))));
            if (lead.OverdueDays is { } days && days >= settings.OverdueDays)
                escalations.Add(new Escalation($"escalation:overdue:{id}:{lead.Lead.NextContact:yyyy-MM-dd}", new NoticeLine(
                    string.Create(CultureInfo.InvariantCulture, $"{id}{name}: Next contact {lead.Lead.NextContact:yyyy-MM-dd} is {days} days past; owner {owner}"),
                    Cells.Link(lead.Lead))));
        }
        return escalations;
    }

    /// <summary>One mail to the manager telling of the escalations not told before.</summary>
    public Notice? Escalation(IReadOnlyList<Escalation> fresh)
    {
        if (fresh.Count == 0 || settings.Manager is null)
            return null;
        var subject = fresh.Count == 1 ? "A lead needs your attention: " + fresh[0].Line.Text.Split(':')[0] : $"{fresh.Count} leads need your attention";
        NoticeLine[] lines = [new("These leads are past twice the response target or overdue:"), new(""), .. fresh.Select(e => e.Line)];
        return new Notice(fresh[0].Key, NoticeKind.Escalation, NoticeSettings.ManagerAddressee, settings.Manager, subject, lines,
            fresh.Select(e => e.Key).ToArray());
    }

    /// <summary>The mail telling that a channel went silent; told once for each time it goes silent.</summary>
    public Notice? Silent(SilentChannel channel)
    {
        if (settings.Manager is null)
            return null;
        var since = Stamp(channel.Since);
        var key = $"silent:{channel.Channel}:{channel.Since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}";
        NoticeLine[] lines =
        [
            new(channel.LastSuccess is null
                ? $"SheetLeads has never completed a read of the channel '{channel.Channel}' (first tried {since})."
                : $"SheetLeads has not completed a read of the channel '{channel.Channel}' since {since}."),
            new("Enquiries sent through it are not reaching the sheet until this is fixed."),
            new(""),
            new("Last error: " + channel.LastError),
        ];
        return new Notice(key, NoticeKind.SilentChannel, NoticeSettings.ManagerAddressee, settings.Manager,
            $"Channel {channel.Channel} is not being read", lines, [key]);
    }

    /// <summary>The daily digest (SPEC §7): the Summary's key figures, its red lines, and what is late or due.</summary>
    public Notice? Digest(SummaryReport report, DateOnly day)
    {
        if (settings.Manager is null)
            return null;
        var lines = new List<NoticeLine>();
        lines.AddRange(report.Alerts.Select(a => new NoticeLine("! " + a)));
        if (report.Alerts.Count > 0)
            lines.Add(new(""));
        lines.Add(new(SummaryLabels.KeyFigures));
        lines.AddRange(report.KeyFigures.Select(f => new NoticeLine($"  {f.Label}: {SummaryText.Of(f.Value)}")));
        foreach (var title in new[] { SummaryLabels.OverdueAndStale, SummaryLabels.NeedsAction })
            if (report.Tables.FirstOrDefault(t => t.Title == title) is { Rows.Count: > 0 } table)
                lines.AddRange(Listed(table));
        var key = DigestKey(day);
        return new Notice(key, NoticeKind.Digest, NoticeSettings.ManagerAddressee, settings.Manager,
            $"Leads digest for {day:dddd d MMMM yyyy}", lines, [key]);
    }

    /// <summary>The key of a day's digest: one a day.</summary>
    public static string DigestKey(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"digest:{day:yyyy-MM-dd}");

    private static IEnumerable<NoticeLine> Listed(SummaryTable table)
    {
        yield return new("");
        yield return new(string.Create(CultureInfo.InvariantCulture, $"{table.Title} ({table.Rows.Count})"));
        foreach (var row in table.Rows.Take(DigestListLength))
            yield return new("  " + string.Join(" · ", row.Select(SummaryText.Of).Where(t => t != "–")), row.FirstOrDefault(c => c.Link is not null)?.Link);
        if (table.Rows.Count > DigestListLength)
            yield return new(string.Create(CultureInfo.InvariantCulture, $"  … and {table.Rows.Count - DigestListLength} more in the Summary tab"));
    }

    private string Stamp(DateTimeOffset at) => settings.Time.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>One lead escalated for one reason.</summary>
/// <param name="Key">Names the escalation: once told, not told again (a new Next contact date is a new one).</param>
/// <param name="Line">The line the manager reads.</param>
public sealed record Escalation(string Key, NoticeLine Line);
