namespace SheetLeads.Core.Intake;

/// <summary>An address from a mail header as sent: display name (decoded) and address text, not yet validated.</summary>
/// <param name="Name">The display name, if any.</param>
/// <param name="Address">The address text.</param>
public sealed record MailAddress(string? Name, string Address);
