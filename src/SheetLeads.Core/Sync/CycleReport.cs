using System.Globalization;
using System.Text;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Sync;

/// <summary>What one sync cycle did; its <see cref="SummaryLine"/> is the line SPEC §10 defines.</summary>
public sealed record CycleReport
{
    /// <summary>What became of every item taken in (empty when the sheet could not be written).</summary>
    public IReadOnlyList<ItemOutcome> Outcomes { get; init; } = [];

    /// <summary>Leads whose First response a reply of the team's stamped (SPEC §4), with that reply.</summary>
    public IReadOnlyDictionary<LeadId, TeamReply> Answered { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<LeadId, TeamReply>.Empty;

    /// <summary>Typed rows adopted.</summary>
    public int Adopted { get; init; }

    /// <summary>Rows whose Flag was set.</summary>
    public int Flagged { get; init; }

    /// <summary>Sheet round trips.</summary>
    public int ApiCalls { get; init; }

    /// <summary>How long the cycle took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The channels whose read completed this cycle (a poll that succeeded, whatever became of the sheet write).</summary>
    public IReadOnlyList<string> ChannelsRead { get; init; } = [];

    /// <summary>What failed; empty for a cycle that succeeded.</summary>
    public IReadOnlyList<CycleFailure> Failures { get; init; } = [];

    /// <summary>Problems a channel met reading single items (retried next cycle).</summary>
    public IReadOnlyList<CycleFailure> Problems { get; init; } = [];

    /// <summary>Things about the sheet a person should fix.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when a channel had pending items beyond this cycle's limit.</summary>
    public bool HasMore { get; init; }

    /// <summary>True when nothing failed.</summary>
    public bool Succeeded => Failures.Count == 0 && Problems.Count == 0;

    /// <summary>Items read and accounted for.</summary>
    public int Taken => Outcomes.Count;

    /// <summary>Items that made a new lead.</summary>
    public int Created => Count(OutcomeKind.Created);

    /// <summary>Items merged into a lead.</summary>
    public int Merged => Count(OutcomeKind.Merged);

    /// <summary>Items whose reference was already taken in.</summary>
    public int Duplicate => Count(OutcomeKind.Duplicate);

    /// <summary>Items that are not enquiries.</summary>
    public int Skipped => Count(OutcomeKind.Skipped);

    /// <summary>Skips by reason, in the order of the reason's name.</summary>
    public IReadOnlyList<(string Reason, int Count)> SkipCounts =>
        Outcomes.Where(o => o.Kind == OutcomeKind.Skipped && o.Item is Skip)
            .GroupBy(o => ((Skip)o.Item).Reason.ToText())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToArray();

    /// <summary>
    /// <c>sync ok: taken=41 created=25 merged=7 duplicate=2 skipped=7 (auto-reply=2 bounce=1) flagged=3 api_calls=3 duration=412ms</c>
    /// </summary>
    public string SummaryLine()
    {
        var sb = new StringBuilder(Succeeded ? "sync ok: " : "sync failed: ");
        sb.Append(CultureInfo.InvariantCulture, $"taken={Taken} created={Created} merged={Merged} duplicate={Duplicate} skipped={Skipped}");
        var skips = SkipCounts;
        if (skips.Count > 0)
            sb.Append(" (").AppendJoin(' ', skips.Select(s => $"{s.Reason}={s.Count}")).Append(')');
        sb.Append(CultureInfo.InvariantCulture, $" flagged={Flagged} api_calls={ApiCalls} duration={(long)Duration.TotalMilliseconds}ms");
        return sb.ToString();
    }

    private int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);
}
