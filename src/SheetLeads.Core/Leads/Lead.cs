using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Leads;

/// <summary>A lead as its row in the Leads tab reads, with the values the rules compare already parsed.</summary>
public sealed record Lead
{
    /// <summary>The Lead ID; null for a row typed in by a person that the worker has not adopted yet.</summary>
    public LeadId? Id { get; init; }

    /// <summary>True when the Lead ID cell holds text that is not a Lead ID.</summary>
    public bool HasUnreadableId { get; init; }

    /// <summary>Where the row was at read time (never its identity).</summary>
    public required SheetRow Row { get; init; }

    /// <summary>When the first enquiry arrived.</summary>
    public DateTimeOffset? Received { get; init; }

    /// <summary>The Source cell.</summary>
    public string Source { get; init; } = "";

    /// <summary>The Name cell.</summary>
    public string Name { get; init; } = "";

    /// <summary>The Email cell as typed.</summary>
    public string EmailText { get; init; } = "";

    /// <summary>The Email cell, normalised for matching.</summary>
    public EmailAddress? Email { get; init; }

    /// <summary>The Phone cell as typed.</summary>
    public string PhoneText { get; init; } = "";

    /// <summary>The Phone cell in E.164, for matching.</summary>
    public string? PhoneKey { get; init; }

    /// <summary>The Company cell.</summary>
    public string Company { get; init; } = "";

    /// <summary>The Message cell.</summary>
    public string Message { get; init; } = "";

    /// <summary>The Status cell.</summary>
    public string Status { get; init; } = "";

    /// <summary>What the status means.</summary>
    public StatusRole Role { get; init; }

    /// <summary>The Owner cell.</summary>
    public string Owner { get; init; } = "";

    /// <summary>The Next contact cell as typed.</summary>
    public string NextContactText { get; init; } = "";

    /// <summary>The Next contact date, when the cell holds a date.</summary>
    public DateOnly? NextContact { get; init; }

    /// <summary>The Lost reason cell.</summary>
    public string LostReason { get; init; } = "";

    /// <summary>The Notes cell.</summary>
    public string Notes { get; init; } = "";

    /// <summary>The First response cell as typed (empty until the team first answered).</summary>
    public string FirstResponseText { get; init; } = "";

    /// <summary>When the team first answered, when the cell holds a date.</summary>
    public DateTimeOffset? FirstResponse { get; init; }

    /// <summary>When the newest enquiry arrived.</summary>
    public DateTimeOffset? LastEnquiry { get; init; }

    /// <summary>The Enquiries count, when it holds a number.</summary>
    public int? Enquiries { get; init; }

    /// <summary>The Flag cell.</summary>
    public string Flag { get; init; } = "";

    /// <summary>The references in the Ref cell.</summary>
    public IReadOnlyList<Reference> Refs { get; init; } = [];

    /// <summary>True when the lead is open (status role new or active).</summary>
    public bool IsOpen => Role.IsOpen();
}
