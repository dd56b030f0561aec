using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Hosting;

/// <summary>What <c>check</c> and a cycle say about a sheet's layout, in the same words on every back end.</summary>
internal static class LayoutVerdicts
{
    /// <summary>The Leads tab is not there.</summary>
    public static SheetLayoutException MissingTab(string location, string tab, IEnumerable<string> titles) =>
        new($"{location} has no {tab} tab (its tabs are: {string.Join(", ", titles)}). " +
            $"Rename the tab back to {tab}, or run 'sheetleads init' to add one.");

    /// <summary>What <c>init</c> says when it adds the Team tab.</summary>
    public static string TeamTabAdded(string location, int members) =>
        $"Added a {SheetLayout.TeamTab} tab to {location} with {members} member(s): the team keeps it (Away, new members), and each cycle reads it";

    /// <summary>Who takes new leads, as the Team tab says (SPEC §4); null when the sheet has no Team tab.</summary>
    public static CheckVerdict Team(TeamRoster? team, string location)
    {
        const string subject = "Team tab";
        if (team is null)
            return new(subject, true, $"{location} has no {SheetLayout.TeamTab} tab: the configured Team:Members take new leads in turn ('sheetleads init' adds a tab the team can keep).");
        if (team.Members.Count == 0)
            return new(subject, true, $"The {SheetLayout.TeamTab} tab of {location} names nobody (a Name column with names): the configured Team:Members take new leads in turn.");
        var taking = team.Members.Where(m => !m.Away).Select(m => m.Name).ToArray();
        if (taking.Length == 0)
            return new(subject, false, $"Every member in the {SheetLayout.TeamTab} tab of {location} is Away ({string.Join(", ", team.Away)}): new leads no rule decides get no owner. Clear an Away cell.");
        var away = team.Away.Count == 0 ? "" : $"; Away: {string.Join(", ", team.Away)}";
        return new(subject, true, $"{taking.Length} member(s) take new leads in turn: {string.Join(", ", taking)}{away}.");
    }

    /// <summary>Whether the Leads tab's header has the columns SheetLeads writes.</summary>
    public static CheckVerdict Columns(string subject, string tab, string location, IReadOnlyList<string> header)
    {
        var map = ColumnMap.FromHeader(header);
        if (map.MissingRequired.Count > 0)
            return new(subject, false,
                $"The {tab} tab of {location} has no {string.Join(", ", map.MissingRequired.Select(LeadColumns.Described))} column, so SheetLeads will not write it; " +
                $"its header row is: {string.Join(" | ", header)}. Rename the column back (or to one of the names given), " +
                "or run 'sheetleads init', which adds missing columns at the end of the header.");
        if (map.Missing.Count > 0)
            return new(subject, true,
                $"The {tab} tab has every required column; it lacks {string.Join(", ", map.Missing.Select(c => $"'{LeadColumns.HeaderOf(c)}'"))}, " +
                "which SheetLeads then leaves out ('sheetleads init' adds them).");
        return new(subject, true, $"The {tab} tab has every column SheetLeads writes.");
    }
}
