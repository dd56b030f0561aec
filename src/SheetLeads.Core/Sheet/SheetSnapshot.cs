namespace SheetLeads.Core.Sheet;

/// <summary>The Leads tab as read once at the start of a cycle.</summary>
/// <param name="Location">Where the sheet is, for messages to a person (a file path or a spreadsheet id).</param>
/// <param name="Header">The header row's texts.</param>
/// <param name="Rows">The data rows below the header, blank rows left out.</param>
/// <param name="Team">The Team tab, when the sheet has one: it then decides the rotation and who is Away.</param>
public sealed record SheetSnapshot(string Location, IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows, TeamRoster? Team = null)
{
    /// <summary>Where the known columns are.</summary>
    public ColumnMap Columns { get; } = ColumnMap.FromHeader(Header);
}
