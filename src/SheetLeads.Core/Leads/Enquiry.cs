namespace SheetLeads.Core.Leads;

/// <summary>One normalised enquiry from a customer, ready to be matched against the sheet.</summary>
/// <param name="Reference">Its stable reference.</param>
/// <param name="Origin">Where it was read from.</param>
/// <param name="Source">The channel's Source label.</param>
/// <param name="Received">When it arrived, UTC.</param>
/// <param name="Name">The customer's name, normalised.</param>
/// <param name="Email">The customer's e-mail, normalised.</param>
/// <param name="Phone">The customer's phone, E.164 or as typed.</param>
/// <param name="Company">The customer's company.</param>
/// <param name="Message">The cleaned, capped enquiry text.</param>
/// <param name="Subject">A mail's subject (used by keyword rules), if any.</param>
/// <param name="ThreadIds">
/// The Message-IDs a mail replies to, without angle brackets, oldest first with the direct parent last (References
/// order, then In-Reply-To if References lacks it): matching trusts the newest known one.
/// </param>
public sealed record Enquiry(
    Reference Reference,
    string Origin,
    string Source,
    DateTimeOffset Received,
    string? Name,
    EmailAddress? Email,
    PhoneNumber? Phone,
    string? Company,
    string Message,
    string? Subject,
    IReadOnlyList<string> ThreadIds) : TakenItem(Reference, Origin)
{
    /// <summary>Subject and message together, for keyword rules.</summary>
    public string KeywordText => string.IsNullOrEmpty(Subject) ? Message : Subject + "\n" + Message;
}
