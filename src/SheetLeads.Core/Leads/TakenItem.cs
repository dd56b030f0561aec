namespace SheetLeads.Core.Leads;

/// <summary>Something a channel read this cycle: an <see cref="Enquiry"/> or a <see cref="Skip"/>.</summary>
/// <param name="Reference">The stable reference of the message or submission.</param>
/// <param name="Origin">Where it was read from (a file, a mailbox UID), for messages to a person.</param>
public abstract record TakenItem(Reference Reference, string Origin);
