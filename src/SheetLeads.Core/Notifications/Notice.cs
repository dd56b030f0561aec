using SheetLeads.Core.Summary;

namespace SheetLeads.Core.Notifications;

/// <summary>
/// One mail SheetLeads owes someone (SPEC §7), as the worker's state keeps it until it is sent. Each notice is sent
/// once: its <see cref="Covers"/> are remembered, and a later notice covering any of them is not queued again.
/// </summary>
/// <param name="Key">Names this notice, e.g. <c>new-lead:L-000012</c> or <c>digest:2026-11-23</c>.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Addressee">Who it is for, in words for the log: a team member's name, or "the manager".</param>
/// <param name="To">Their address; null when none is known (the notice is then logged, not sent).</param>
/// <param name="Subject">The mail's subject.</param>
/// <param name="Lines">The mail's body, line by line; a line may link to a lead's row.</param>
/// <param name="Covers">What it tells of, each remembered once queued: the key itself, or for an escalation each
/// lead's escalation.</param>
public sealed record Notice(
    string Key,
    NoticeKind Kind,
    string Addressee,
    string? To,
    string Subject,
    IReadOnlyList<NoticeLine> Lines,
    IReadOnlyList<string> Covers);

/// <summary>One line of a notice's body.</summary>
/// <param name="Text">What it says.</param>
/// <param name="Row">The lead row it links to, if any.</param>
public sealed record NoticeLine(string Text, LeadLink? Row = null);

/// <summary>The mails SPEC §7 and §6 name.</summary>
public enum NoticeKind
{
    /// <summary>A new lead, to its owner.</summary>
    NewLead,
    /// <summary>A repeat enquiry merged into an open lead, to its owner.</summary>
    RepeatEnquiry,
    /// <summary>Leads past twice the response target or overdue by the set days, to the manager.</summary>
    Escalation,
    /// <summary>A channel silent for three intervals, to the manager.</summary>
    SilentChannel,
    /// <summary>The daily digest, to the manager.</summary>
    Digest,
}
