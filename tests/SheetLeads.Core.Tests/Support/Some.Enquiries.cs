using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>An enquiry; <paramref name="reference"/> is <c>channel:external-id</c>, <paramref name="phone"/> as typed.</summary>
    public static Enquiry Enquiry(
        string reference = "mail:m1@example.com",
        string received = "2026-11-23 09:00",
        string? name = "Sophie Turner",
        string? email = "sophie@example.com",
        string? phone = null,
        string? company = null,
        string message = "Could you quote for two new radiators?",
        string source = "Email",
        string? subject = null,
        IReadOnlyList<string>? thread = null) =>
        new(
            Ref(reference), "test", source, Utc(received), name,
            email is null ? null : Email(email), Phones.Normalise(phone), company, message, subject, thread ?? []);

    /// <summary>A skipped item.</summary>
    public static Skip Skip(string reference = "mail:auto@example.com", SkipReason reason = SkipReason.AutoReply) =>
        new(Ref(reference), "test", reason, "seen in a test");

    /// <summary>A reference written as <c>channel:external-id</c>.</summary>
    public static Reference Ref(string text) =>
        Reference.TryParse(text, out var r) ? r.Value : throw new ArgumentException($"'{text}' is not a reference.", nameof(text));

    /// <summary>A valid e-mail address.</summary>
    public static EmailAddress Email(string text) =>
        EmailAddress.TryParse(text, out var e) ? e : throw new ArgumentException($"'{text}' is not an e-mail address.", nameof(text));

    /// <summary>A Lead ID written as <c>L-000001</c>.</summary>
    public static LeadId Id(string text) =>
        LeadId.TryParse(text, out var id) ? id.Value : throw new ArgumentException($"'{text}' is not a Lead ID.", nameof(text));
}
