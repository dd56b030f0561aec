using SheetLeads.Core.Leads;

namespace SheetLeads.Core.Tests.Support;

internal static partial class Some
{
    /// <summary>A reply the team sent, read from a mailbox's Sent folder; <paramref name="sent"/> is read as UTC.</summary>
    public static TeamReply Reply(
        string sent = "2026-11-23 09:20",
        IReadOnlyList<string>? to = null,
        IReadOnlyList<string>? thread = null,
        string origin = "Sent UID 1") =>
        new((to ?? ["sophie@example.com"]).Select(Email).ToArray(), thread ?? [], Utc(sent), origin);
}
