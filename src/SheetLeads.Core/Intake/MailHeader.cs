namespace SheetLeads.Core.Intake;

/// <summary>One header field of a mail, its value decoded (RFC 2047) and unfolded.</summary>
/// <param name="Name">The field name as sent.</param>
/// <param name="Value">The decoded value.</param>
public sealed record MailHeader(string Name, string Value);
