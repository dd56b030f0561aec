using SheetLeads.Core.Leads;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Matching;

/// <summary>
/// A lead while a plan is being made: an existing row (with the changes planned for it) or a new lead made this
/// cycle, from an enquiry or from a typed row being adopted.
/// </summary>
internal sealed class WorkingLead
{
    private WorkingLead() { }

    /// <summary>The row as read, for existing and adopted leads.</summary>
    public Lead? Row { get; private init; }

    /// <summary>True for a typed row being adopted this cycle.</summary>
    public bool Adopted { get; private init; }

    /// <summary>The Lead ID (assigned at the end of planning for new and adopted leads).</summary>
    public LeadId? Id { get; set; }

    /// <summary>Order of creation, the tie-break when two new leads arrived at the same moment.</summary>
    public int Sequence { get; private init; }

    public DateTimeOffset Received { get; set; }
    public required string Source { get; init; }
    public string? Name { get; set; }
    public EmailAddress? Email { get; set; }
    public PhoneNumber? Phone { get; set; }
    public string? PhoneKey { get; set; }
    public string? Company { get; set; }
    public string Message { get; init; } = "";
    public string? Subject { get; init; }
    public bool IsOpen { get; init; }

    /// <summary>For a typed row being adopted: the lead it seems to repeat (SPEC §3: flagged, never merged).</summary>
    public WorkingLead? DuplicateOf { get; set; }

    /// <summary>True for a row flagged as a possible duplicate, in an earlier cycle or in this one.</summary>
    public bool IsPossibleDuplicate => FlaggedBefore || DuplicateOf is not null;

    private bool FlaggedBefore { get; init; }

    public List<Reference> Refs { get; } = [];
    public int EnquiriesAdded { get; set; }
    public DateTimeOffset? LastEnquiry { get; set; }
    public List<string> NoteLines { get; } = [];
    public Dictionary<LeadColumn, CellValue> Fills { get; } = [];

    public bool IsNew => Row is null || Adopted;

    /// <summary>Every reference of the lead: its Ref cell as read and those taken into it this cycle.</summary>
    public IEnumerable<Reference> AllRefs => Row is null ? Refs : Row.Refs.Concat(Refs);

    /// <summary>The newest moment the lead was heard from, to prefer the most recent of several matches.</summary>
    public DateTimeOffset Recency => LastEnquiry ?? Received;

    public static WorkingLead Existing(Lead row) => new()
    {
        Row = row,
        Id = row.Id,
        Received = row.Received ?? DateTimeOffset.MinValue,
        Source = row.Source,
        Name = row.Name,
        Email = row.Email,
        PhoneKey = row.PhoneKey,
        Company = row.Company,
        Message = row.Message,
        IsOpen = row.IsOpen,
        FlaggedBefore = row.Flag.Contains("Possible duplicate", StringComparison.OrdinalIgnoreCase),
        // An empty Last enquiry means the first enquiry is the newest: a late, older merge must not move it back.
        LastEnquiry = row.LastEnquiry ?? row.Received,
    };

    public static WorkingLead Typed(Lead row, DateTimeOffset now, int sequence, bool open) => new()
    {
        Row = row,
        Adopted = true,
        Sequence = sequence,
        Received = row.Received ?? now,
        Source = row.Source.Length > 0 ? row.Source : Planning.PlanningRules.ManualSource,
        Name = row.Name,
        Email = row.Email,
        PhoneKey = row.PhoneKey,
        Company = row.Company,
        Message = row.Message,
        IsOpen = open,
        LastEnquiry = row.LastEnquiry ?? row.Received ?? now,
    };

    public static WorkingLead FromEnquiry(Enquiry enquiry, int sequence)
    {
        var lead = new WorkingLead
        {
            Sequence = sequence,
            Received = enquiry.Received,
            Source = enquiry.Source,
            Name = enquiry.Name,
            Email = enquiry.Email,
            Phone = enquiry.Phone,
            PhoneKey = enquiry.Phone is { IsE164: true } p ? p.Text : null,
            Company = enquiry.Company,
            Message = enquiry.Message,
            Subject = enquiry.Subject,
            IsOpen = true,
            LastEnquiry = enquiry.Received,
        };
        lead.Refs.Add(enquiry.Reference);
        return lead;
    }
}
