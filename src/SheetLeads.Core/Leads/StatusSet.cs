namespace SheetLeads.Core.Leads;

/// <summary>The configured statuses, with the ones a new lead starts in (SPEC §2, §4).</summary>
public sealed class StatusSet
{
    private readonly Dictionary<string, LeadStatus> _byName;

    /// <summary>Creates the set; <paramref name="initial"/> and <paramref name="incomplete"/> must be among <paramref name="statuses"/>.</summary>
    public StatusSet(IReadOnlyList<LeadStatus> statuses, string initial, string incomplete)
    {
        All = statuses;
        _byName = new Dictionary<string, LeadStatus>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in statuses)
            _byName.TryAdd(s.Name.Trim(), s);
        Initial = Find(initial) ?? throw new ArgumentException($"Initial status '{initial}' is not among the statuses.", nameof(initial));
        Incomplete = Find(incomplete) ?? throw new ArgumentException($"Incomplete status '{incomplete}' is not among the statuses.", nameof(incomplete));
    }

    /// <summary>SPEC §4's default: New, Incomplete, Contacted, Qualified, Proposal, Won, Lost, Unqualified.</summary>
    public static StatusSet Default { get; } = new(
    [
        new("New", StatusRole.New), new("Incomplete", StatusRole.New), new("Contacted", StatusRole.Active),
        new("Qualified", StatusRole.Active), new("Proposal", StatusRole.Active), new("Won", StatusRole.Won),
        new("Lost", StatusRole.Lost), new("Unqualified", StatusRole.Closed),
    ], "New", "Incomplete");

    /// <summary>Every status in dropdown order.</summary>
    public IReadOnlyList<LeadStatus> All { get; }

    /// <summary>The status a complete new lead starts in.</summary>
    public LeadStatus Initial { get; }

    /// <summary>The status a lead missing a required field starts in.</summary>
    public LeadStatus Incomplete { get; }

    /// <summary>
    /// The first status of role <c>active</c> in dropdown order (<c>Contacted</c> by default): where a lead moves when
    /// the team's reply is seen in a Sent folder (SPEC §4). Null when no status is active.
    /// </summary>
    public LeadStatus? FirstActive => All.FirstOrDefault(s => s.Role == StatusRole.Active);

    /// <summary>The configured status with this text, ignoring case and surrounding spaces.</summary>
    public LeadStatus? Find(string? text) =>
        text is not null && _byName.TryGetValue(text.Trim(), out var s) ? s : null;

    /// <summary>
    /// The role of a Status cell. An empty cell is a lead nobody has touched (<c>new</c>); a status the team typed
    /// that is not configured counts as <c>active</c>: only a configured closing status closes a lead.
    /// </summary>
    public StatusRole RoleOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return StatusRole.New;
        return Find(text)?.Role ?? StatusRole.Active;
    }
}
