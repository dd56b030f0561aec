using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Matching;

/// <summary>
/// SPEC §4: which of the team's replies answered which waiting lead. A reply answers a lead when it was sent to the
/// lead's address or in its thread (it names one of the Message-IDs the lead took in), no earlier than the lead's
/// Received; the earliest such reply is the first response.
/// </summary>
internal static class ReplyMatch
{
    /// <param name="waiting">The leads still waiting for a first response, each with the moment it arrived.</param>
    /// <param name="replies">The replies read this cycle.</param>
    public static Dictionary<WorkingLead, TeamReply> Find(IEnumerable<(WorkingLead Lead, DateTimeOffset Received)> waiting, IReadOnlyList<TeamReply> replies)
    {
        var answered = new Dictionary<WorkingLead, TeamReply>();
        if (replies.Count == 0)
            return answered;
        var byAddress = replies.SelectMany(r => r.Recipients.Select(a => (Key: a.Value, Reply: r)))
            .ToLookup(x => x.Key, x => x.Reply, StringComparer.Ordinal);
        // Message-IDs are compared exactly, as thread merging compares them (LeadBook).
        var byThread = replies.SelectMany(r => r.ThreadIds.Select(id => (Key: id, Reply: r)))
            .ToLookup(x => x.Key, x => x.Reply, StringComparer.Ordinal);
        foreach (var (lead, received) in waiting)
        {
            var candidates = lead.AllRefs.SelectMany(r => byThread[r.ExternalId]);
            if (lead.Email is { } email)
                candidates = candidates.Concat(byAddress[email.Value]);
            // A reply sent before the lead arrived answered an earlier conversation, not this enquiry.
            var first = candidates.Where(r => r.SentAt >= received)
                .OrderBy(r => r.SentAt)
                .ThenBy(r => r.Origin, StringComparer.Ordinal)
                .FirstOrDefault();
            if (first is not null)
                answered[lead] = first;
        }
        return answered;
    }
}
