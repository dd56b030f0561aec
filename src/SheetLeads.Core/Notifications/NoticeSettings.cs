using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Core.Notifications;

/// <summary>Who gets which mail, and when a lead is escalated (SPEC §7).</summary>
/// <param name="Manager">The manager's address (escalations, silent channels, the digest); none means those are not sent.</param>
/// <param name="Members">The configured team members with their addresses; the Team tab's Email wins where it has one.</param>
/// <param name="OverdueDays">An active lead whose Next contact is this many days past is escalated.</param>
/// <param name="Time">The business time zone the mails' times are written in.</param>
public sealed record NoticeSettings(
    string? Manager,
    IReadOnlyList<TeamMember> Members,
    int OverdueDays,
    BusinessTime Time)
{
    /// <summary>The addressee the manager's notices name.</summary>
    public const string ManagerAddressee = "the manager";

    /// <summary>A team member's address: the Team tab's Email, else the configured one; null if neither.</summary>
    public string? AddressOf(string owner, TeamRoster? roster)
    {
        static bool Same(TeamMember m, string name) => string.Equals(m.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
        return roster?.Members.FirstOrDefault(m => Same(m, owner))?.Email is { Length: > 0 } typed
            ? typed
            : Members.FirstOrDefault(m => Same(m, owner))?.Email;
    }
}
