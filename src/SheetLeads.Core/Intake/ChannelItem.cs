namespace SheetLeads.Core.Intake;

/// <summary>Something a channel read, before the rules decide what it is.</summary>
/// <param name="Origin">Where it was read from (a file, a mailbox UID), for messages to a person.</param>
public abstract record ChannelItem(string Origin);

/// <summary>A mail.</summary>
/// <param name="Message">The parsed mail.</param>
/// <param name="Origin">Where it was read from.</param>
public sealed record MailItem(MailMessage Message, string Origin) : ChannelItem(Origin);

/// <summary>A form submission.</summary>
/// <param name="Submission">The submission.</param>
/// <param name="Origin">Where it was read from.</param>
public sealed record FormItem(FormSubmission Submission, string Origin) : ChannelItem(Origin);

/// <summary>Input that could not be read as anything (invalid JSON, an unknown page shape); recorded as an <c>unparseable</c> skip.</summary>
/// <param name="ExternalId">A stable id for it (e.g. <c>sha256:…</c> of the bytes).</param>
/// <param name="Problem">What was wrong, for the log.</param>
/// <param name="Origin">Where it was read from.</param>
public sealed record UnreadableItem(string ExternalId, string Problem, string Origin) : ChannelItem(Origin);
