using System.Globalization;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Notifications;

/// <summary>
/// The mails a sync cycle owes the team (SPEC §7, §4): each new lead to its owner, and a repeat enquiry merged into
/// an open lead to that lead's current owner. Skipped mail and duplicates never make one. Computed from the plan that
/// was written, so a notice only ever tells of a row the sheet holds.
/// </summary>
public sealed class LeadNotices(NoticeSettings settings)
{
    private const int ExcerptLength = 500;

    /// <summary>The notices for a cycle whose plan was written.</summary>
    /// <param name="sheet">The Leads tab as read before the write (the owners of merged leads, the Team tab).</param>
    /// <param name="result">The plan and what became of each item.</param>
    /// <param name="firstNewRow">The row the first new lead landed on, when the plan added rows.</param>
    public IReadOnlyList<Notice> ForCycle(SheetSnapshot sheet, PlanResult result, int? firstNewRow)
    {
        var notices = new List<Notice>();
        for (var i = 0; i < result.Plan.NewRows.Count; i++)
            notices.Add(NewLead(result.Plan.NewRows[i], firstNewRow + i, sheet.Team));
        var created = result.Plan.NewRows.Select(r => r.Id).ToHashSet();
        foreach (var merged in result.Outcomes
                     .Where(o => o is { Kind: OutcomeKind.Merged, Lead: { } id, Item: Enquiry } && !created.Contains(id))
                     .GroupBy(o => o.Lead!.Value))
        {
            if (sheet.Rows.FirstOrDefault(r => sheet.Columns.Get(r.Cells, LeadColumn.LeadId).AsText().Trim() == merged.Key.ToString()) is { } row)
                notices.Add(Repeat(merged.Key, row, sheet, merged.Select(o => (Enquiry)o.Item).ToArray()));
        }
        return notices;
    }

    private Notice NewLead(NewLeadRow row, int? rowNumber, TeamRoster? team)
    {
        string Cell(LeadColumn column) => row.Cells.TryGetValue(column, out var value) ? value.AsText() : "";
        var owner = Cell(LeadColumn.Owner);
        var who = Cell(LeadColumn.Name) is { Length: > 0 } name ? name : Cell(LeadColumn.Email) is { Length: > 0 } email ? email : Cell(LeadColumn.Phone);
        var lines = new List<NoticeLine> { new($"A new lead is yours: {row.Id}.") , new("") };
        foreach (var (label, column) in Details)
            if (Cell(column) is { Length: > 0 } text)
                lines.Add(new($"{label}: {text}"));
        if (Cell(LeadColumn.Message) is { Length: > 0 } message)
            lines.AddRange([new(""), new("Message:"), .. Excerpt(message).Split('\n').Select(l => new NoticeLine(l))]);
        lines.AddRange(RowLine(row.Id, rowNumber));
        var key = "new-lead:" + row.Id;
        return new Notice(key, NoticeKind.NewLead, Addressee(owner), Address(owner, team),
            $"New lead {row.Id}: {who} ({Cell(LeadColumn.Source)})", lines, [key]);
    }

    private Notice Repeat(LeadId id, SheetRow row, SheetSnapshot sheet, IReadOnlyList<Enquiry> enquiries)
    {
        string Cell(LeadColumn column) => sheet.Columns.Get(row.Cells, column).AsText().Trim();
        var owner = Cell(LeadColumn.Owner);
        var who = Cell(LeadColumn.Name) is { Length: > 0 } name ? name : Cell(LeadColumn.Email);
        var lines = new List<NoticeLine> { new($"{who} wrote again about {id} (status {Cell(LeadColumn.Status)}), a lead of yours."), new("") };
        foreach (var enquiry in enquiries)
        {
            var when = settings.Time.ToLocal(enquiry.Received).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            lines.Add(new($"{when} {enquiry.Source}:"));
            lines.AddRange(Excerpt(enquiry.Message).Split('\n').Select(l => new NoticeLine(l)));
            lines.Add(new(""));
        }
        lines.AddRange(RowLine(id, row.RowNumber));
        var covers = enquiries.Select(e => $"repeat:{id}:{e.Reference}").ToArray();
        return new Notice(covers[0], NoticeKind.RepeatEnquiry, Addressee(owner), Address(owner, sheet.Team),
            $"Repeat enquiry from {who} ({id})", lines, covers);
    }

    private static readonly (string Label, LeadColumn Column)[] Details =
    [
        ("Name", LeadColumn.Name), ("Email", LeadColumn.Email), ("Phone", LeadColumn.Phone), ("Company", LeadColumn.Company),
        ("Source", LeadColumn.Source), ("Received", LeadColumn.Received), ("Temperature", LeadColumn.Temperature),
        ("Status", LeadColumn.Status), ("Owner", LeadColumn.Owner),
    ];

    private static IEnumerable<NoticeLine> RowLine(LeadId id, int? rowNumber) =>
        rowNumber is { } n ? [new(""), new($"{id} in the Leads tab:", new LeadLink(id, n))] : [];

    private static string Excerpt(string message) =>
        message.Length <= ExcerptLength ? message : message[..ExcerptLength].TrimEnd() + " …";

    private static string Addressee(string owner) => owner.Length > 0 ? owner : "(no owner)";

    private string? Address(string owner, TeamRoster? team) => owner.Length > 0 ? settings.AddressOf(owner, team) : null;
}
