namespace SheetLeads.Core.Sheet;

/// <summary>The columns of the Leads tab the worker knows (SPEC §4), in default order.</summary>
public enum LeadColumn
{
    /// <summary><c>L-000001</c>.</summary>
    LeadId,
    /// <summary>When the first enquiry arrived.</summary>
    Received,
    /// <summary>The channel's Source label.</summary>
    Source,
    /// <summary>Customer name.</summary>
    Name,
    /// <summary>Customer e-mail.</summary>
    Email,
    /// <summary>Customer phone.</summary>
    Phone,
    /// <summary>Customer company.</summary>
    Company,
    /// <summary>Cleaned enquiry text.</summary>
    Message,
    /// <summary>Hot / Warm / Cold.</summary>
    Temperature,
    /// <summary>Team-owned status.</summary>
    Status,
    /// <summary>Team-owned owner.</summary>
    Owner,
    /// <summary>Team-owned next contact date.</summary>
    NextContact,
    /// <summary>Team-owned lost reason.</summary>
    LostReason,
    /// <summary>Team notes; the worker only appends.</summary>
    Notes,
    /// <summary>When the team first answered.</summary>
    FirstResponse,
    /// <summary>When the newest enquiry arrived.</summary>
    LastEnquiry,
    /// <summary>How many enquiries the lead holds.</summary>
    Enquiries,
    /// <summary>Highlights such as <c>Possible duplicate of …</c>.</summary>
    Flag,
    /// <summary>Every reference taken into the lead, one per line.</summary>
    Ref,
}
