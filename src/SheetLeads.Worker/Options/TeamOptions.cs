namespace SheetLeads.Worker.Options;

/// <summary>SPEC §10 <c>SheetLeads:Team</c>: who works the leads.</summary>
internal sealed class TeamOptions
{
    public const string Section = "SheetLeads:Team";

    /// <summary>The team; they make the Owner dropdown and the round-robin rotation.</summary>
    public List<TeamMemberOptions> Members { get; set; } = [];

    /// <summary>The manager's e-mail address (escalations, the daily digest).</summary>
    public string? Manager { get; set; }

    /// <summary>How new leads get an owner.</summary>
    public AssignmentOptions Assignment { get; set; } = new();
}

/// <summary>One team member.</summary>
internal sealed class TeamMemberOptions
{
    /// <summary>The name shown in the Owner column.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where their notifications go.</summary>
    public string? Email { get; set; }
}

/// <summary><c>SheetLeads:Team:Assignment</c>.</summary>
internal sealed class AssignmentOptions
{
    /// <summary><c>RoundRobin</c> (default) or <c>RulesOnly</c> (leads no rule decides get no owner).</summary>
    public string Mode { get; set; } = "RoundRobin";

    /// <summary>Rules by Source or keyword, first match wins.</summary>
    public List<AssignmentRuleOptions> Rules { get; set; } = [];
}

/// <summary>One assignment rule: a Source and/or a Keyword, and the Owner.</summary>
internal sealed class AssignmentRuleOptions
{
    /// <summary>Source label to match.</summary>
    public string? Source { get; set; }

    /// <summary>Word to find in the subject or message.</summary>
    public string? Keyword { get; set; }

    /// <summary>Team member's name.</summary>
    public string Owner { get; set; } = "";
}
