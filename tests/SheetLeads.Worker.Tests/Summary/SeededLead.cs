namespace SheetLeads.Worker.Tests.Summary;

/// <summary>One row of the seeded Leads tab as the team sees it: times are business-local wall-clock times, as the
/// worker writes them into the sheet.</summary>
internal sealed record SeededLead(
    string Id,
    DateTime Received,
    string Source,
    string Name,
    string Email,
    string Status,
    string Owner,
    DateOnly? NextContact,
    string LostReason,
    DateTime? FirstResponse);
