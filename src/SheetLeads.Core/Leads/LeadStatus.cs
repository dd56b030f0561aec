namespace SheetLeads.Core.Leads;

/// <summary>One configured status: the text in the Status dropdown and its role.</summary>
/// <param name="Name">The text the team sees, e.g. <c>Contacted</c>.</param>
/// <param name="Role">What it means to the rules.</param>
public sealed record LeadStatus(string Name, StatusRole Role);
