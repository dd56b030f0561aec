namespace SheetLeads.Core.Leads;

/// <summary>What a status means to the rules (SPEC §4).</summary>
public enum StatusRole
{
    /// <summary>Not yet answered; counts toward response time.</summary>
    New,
    /// <summary>Being worked; needs a next contact.</summary>
    Active,
    /// <summary>Closed as won.</summary>
    Won,
    /// <summary>Closed as lost.</summary>
    Lost,
    /// <summary>Closed for another reason (e.g. unqualified).</summary>
    Closed,
}

/// <summary>Extensions over <see cref="StatusRole"/>.</summary>
public static class StatusRoleExtensions
{
    /// <summary>Open means role <c>new</c> or <c>active</c> (SPEC §6).</summary>
    public static bool IsOpen(this StatusRole role) => role is StatusRole.New or StatusRole.Active;
}
