namespace SheetLeads.Core.Matching;

/// <summary>
/// SPEC §3's matching: the thread first, then the same email or phone. An open match is merged into (a lead not
/// itself a possible duplicate, most recently heard from, first); only closed matches make a new lead noted as
/// a returning customer of the most recent of them.
/// </summary>
internal static class LeadMatch
{
    public static (WorkingLead? MergeInto, WorkingLead? Previous) Find(LeadBook book, Leads.Enquiry enquiry)
    {
        var thread = enquiry.ThreadIds.Count > 0 ? book.ThreadOf(enquiry.ThreadIds) : null;
        if (thread is { IsOpen: true })
            return (thread, null);
        var contacts = book.ByContact(enquiry.Email, enquiry.Phone is { IsE164: true } p ? p.Text : null).ToList();
        var open = contacts.Where(l => l.IsOpen)
            .OrderBy(l => l.IsPossibleDuplicate ? 1 : 0)
            .ThenByDescending(l => l.Recency)
            .FirstOrDefault();
        if (open is not null)
            return (open, null);
        var closed = contacts.Concat(thread is null ? [] : [thread])
            .OrderByDescending(l => l.Recency)
            .FirstOrDefault();
        return (null, closed);
    }
}
