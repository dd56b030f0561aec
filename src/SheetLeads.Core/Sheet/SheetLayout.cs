namespace SheetLeads.Core.Sheet;

/// <summary>How <c>init</c> lays out a sheet (SPEC §4): tab names, the header and the dropdowns' values.</summary>
/// <param name="LeadsTab">The Leads tab's name.</param>
/// <param name="SummaryTab">The Summary tab's name.</param>
/// <param name="Statuses">The Status dropdown.</param>
/// <param name="Owners">The Owner dropdown (team members).</param>
/// <param name="LostReasons">The Lost reason dropdown.</param>
/// <param name="Team">The members a new Team tab starts with (configured Team:Members, with their e-mail addresses).</param>
public sealed record SheetLayout(
    string LeadsTab,
    string SummaryTab,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> LostReasons,
    IReadOnlyList<TeamMember>? Team = null)
{
    /// <summary>The Team tab's name (SPEC §4).</summary>
    public const string TeamTab = "Team";

    /// <summary>The default header row.</summary>
    public IReadOnlyList<string> Header { get; } = LeadColumns.DefaultHeader;

    /// <summary>The Temperature dropdown.</summary>
    public IReadOnlyList<string> Temperatures { get; } = ["Hot", "Warm", "Cold"];

    /// <summary>A sensible width, in characters, for a column's default header.</summary>
    public static int WidthOf(LeadColumn column) => column switch
    {
        LeadColumn.Message or LeadColumn.Notes or LeadColumn.Ref => 50,
        LeadColumn.Email => 30,
        LeadColumn.Flag => 24,
        LeadColumn.Received or LeadColumn.FirstResponse or LeadColumn.LastEnquiry => 17,
        LeadColumn.Name or LeadColumn.Company or LeadColumn.Source or LeadColumn.Phone or LeadColumn.LostReason => 18,
        _ => 12,
    };
}
