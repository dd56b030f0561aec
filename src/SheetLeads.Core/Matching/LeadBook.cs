using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Matching;

/// <summary>Every lead of the sheet and of this cycle, indexed by what enquiries are matched on (SPEC §3).</summary>
internal sealed class LeadBook
{
    private readonly Dictionary<string, List<WorkingLead>> _byEmail = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WorkingLead>> _byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkingLead> _byExternalId = new(StringComparer.Ordinal);
    private readonly HashSet<Reference> _references = [];

    public List<WorkingLead> All { get; } = [];

    /// <summary>Adds a lead; <paramref name="matchable"/> false keeps it out of matching (no usable Lead ID).</summary>
    public void Add(WorkingLead lead, IEnumerable<Reference> references, bool matchable = true)
    {
        foreach (var r in references)
            _references.Add(r);
        if (!matchable)
            return;
        All.Add(lead);
        foreach (var r in references)
            _byExternalId.TryAdd(r.ExternalId, lead);
        IndexContact(lead);
    }

    public void AddReference(WorkingLead lead, Reference reference)
    {
        _references.Add(reference);
        _byExternalId.TryAdd(reference.ExternalId, lead);
    }

    /// <summary>Indexes the lead's email and phone (again, after a merge filled one).</summary>
    public void IndexContact(WorkingLead lead)
    {
        if (lead.Email is not null)
            AddTo(_byEmail, lead.Email.Value, lead);
        if (lead.PhoneKey is not null)
            AddTo(_byPhone, lead.PhoneKey, lead);
    }

    public bool Knows(Reference reference) => _references.Contains(reference);

    /// <summary>The lead a thread (In-Reply-To, References) names, if any.</summary>
    public WorkingLead? ThreadOf(IReadOnlyList<string> messageIds)
    {
        // References lists the thread oldest first; the newest known message is the best evidence.
        for (var i = messageIds.Count - 1; i >= 0; i--)
            if (_byExternalId.TryGetValue(messageIds[i], out var lead))
                return lead;
        return null;
    }

    /// <summary>Leads with the same email or the same E.164 phone.</summary>
    public IEnumerable<WorkingLead> ByContact(EmailAddress? email, string? phoneKey)
    {
        var found = new List<WorkingLead>();
        if (email is not null && _byEmail.TryGetValue(email.Value, out var e))
            found.AddRange(e);
        if (phoneKey is not null && _byPhone.TryGetValue(phoneKey, out var p))
            found.AddRange(p);
        return found.Distinct();
    }

    private static void AddTo(Dictionary<string, List<WorkingLead>> index, string key, WorkingLead lead)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        if (!list.Contains(lead))
            list.Add(lead);
    }
}
