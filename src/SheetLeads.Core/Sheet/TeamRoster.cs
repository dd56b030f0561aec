namespace SheetLeads.Core.Sheet;

/// <summary>
/// The Team tab as the team keeps it (SPEC §4): who takes new leads, in rotation order, and who is Away. Columns are
/// found by header text (Name, Email or E-mail, Away; any case), so the team may add their own; rows without a name are
/// left out.
/// </summary>
/// <param name="Members">The members in the tab's order.</param>
public sealed record TeamRoster(IReadOnlyList<TeamMember> Members)
{
    /// <summary>The tab's header as <c>init</c> writes it.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Name", "Email", "Away"];

    /// <summary>The members' names, the rotation order.</summary>
    public IReadOnlyList<string> Names => Members.Select(m => m.Name).ToArray();

    /// <summary>The members marked Away.</summary>
    public IReadOnlyList<string> Away => Members.Where(m => m.Away).Select(m => m.Name).ToArray();

    /// <summary>Reads the tab: its header row and the rows below it.</summary>
    public static TeamRoster Read(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CellValue>> rows)
    {
        int Column(params string[] names) => header.ToList().FindIndex(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
        var (name, email, away) = (Column("Name"), Column("Email", "E-mail"), Column("Away"));
        string Text(IReadOnlyList<CellValue> row, int column) => column >= 0 && column < row.Count ? row[column].AsText().Trim() : "";
        var members = new List<TeamMember>();
        if (name < 0)
            return new TeamRoster(members);
        foreach (var row in rows)
        {
            var member = Text(row, name);
            if (member.Length == 0 || members.Any(m => m.Name.Equals(member, StringComparison.OrdinalIgnoreCase)))
                continue;
            var mail = Text(row, email);
            members.Add(new TeamMember(member, mail.Length == 0 ? null : mail, IsAway(away >= 0 && away < row.Count ? row[away] : CellValue.Empty)));
        }
        return new TeamRoster(members);
    }

    /// <summary>
    /// True when the Away cell says so: a ticked checkbox or any word but no/false/0 ("yes", "x", "until 2 Dec").
    /// An empty cell, an unticked box, "no", "false" or "0" mean the member takes leads.
    /// </summary>
    public static bool IsAway(CellValue cell)
    {
        if (cell.Kind == CellKind.Boolean || cell.Kind == CellKind.Number)
            return cell.NumberValue != 0;
        var text = cell.AsText().Trim();
        return text.Length > 0 && !new[] { "no", "n", "false", "0", "-" }.Contains(text, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>One row of the Team tab.</summary>
/// <param name="Name">As it appears in the Owner column.</param>
/// <param name="Email">Where their notifications go, if given.</param>
/// <param name="Away">True while they take no new leads.</param>
public sealed record TeamMember(string Name, string? Email, bool Away);
