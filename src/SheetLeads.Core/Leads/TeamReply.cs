namespace SheetLeads.Core.Leads;

/// <summary>
/// A mail the team sent from a mailbox channel's Sent folder (SPEC §4): the evidence that a lead was answered, so its
/// First response is stamped without anyone touching the sheet. Never an enquiry and never a row of its own.
/// </summary>
/// <param name="Recipients">Its To, Cc and Bcc addresses, normalised.</param>
/// <param name="ThreadIds">The Message-IDs it answers (In-Reply-To and References), without angle brackets.</param>
/// <param name="SentAt">When it was sent, UTC: its Date header when plausible, else when the server stored it.</param>
/// <param name="Origin">Where it was read from (a folder and UID), for the log; never a customer's details.</param>
public sealed record TeamReply(IReadOnlyList<EmailAddress> Recipients, IReadOnlyList<string> ThreadIds, DateTimeOffset SentAt, string Origin)
{
    /// <summary>
    /// True when it went to someone outside the business's own domains: a mail only to colleagues (a forward that keeps
    /// the customer's thread) has not answered the customer.
    /// </summary>
    public bool ReachesOutside(Func<EmailAddress, bool> isOwn) => Recipients.Any(a => !isOwn(a));
}
