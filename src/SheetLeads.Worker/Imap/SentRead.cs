using SheetLeads.Core.Leads;

namespace SheetLeads.Worker.Imap;

/// <summary>What one read of a Sent folder found, and where the next read resumes once the cycle is recorded.</summary>
/// <param name="Replies">The team's replies, in UID order.</param>
/// <param name="Entries">The channel's checkpoint entries for the Sent folder.</param>
/// <param name="Waiting">Messages left for the next read by the limit.</param>
/// <param name="Since">The first day read, on a first read; null when the read resumed.</param>
internal sealed record SentRead(IReadOnlyList<TeamReply> Replies, IReadOnlyDictionary<string, string?> Entries, int Waiting, DateOnly? Since);
