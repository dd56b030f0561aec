using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;

namespace SheetLeads.Core.Sync;

/// <summary>What one finished cycle says about one channel, for its health on the Summary (SPEC §6 item 8).</summary>
/// <param name="Channel">The channel's configured name.</param>
/// <param name="Completed">True when its read completed this cycle.</param>
/// <param name="Error">What went wrong with it this cycle: its failure, else its last problem with a single item.</param>
/// <param name="Taken">Enquiries of it the sheet now holds as new leads or merged into one (duplicates left out:
/// they were counted when first taken in). Zero when the sheet write failed, since then nothing was taken in.</param>
/// <param name="Skipped">Its items that are not enquiries, by reason.</param>
public sealed record ChannelPoll(string Channel, bool Completed, string? Error, int Taken, IReadOnlyDictionary<SkipReason, int> Skipped)
{
    /// <summary>One poll per configured channel, from a finished cycle's report.</summary>
    public static IReadOnlyList<ChannelPoll> From(CycleReport report, IReadOnlyList<string> channels) =>
        channels.Select(name =>
        {
            var failure = report.Failures.LastOrDefault(f => f.Where == name);
            var problem = report.Problems.LastOrDefault(p => p.Where == name);
            var outcomes = report.Outcomes.Where(o => o.Item.Reference.Channel == name).ToArray();
            return new ChannelPoll(
                name,
                failure is null && report.ChannelsRead.Contains(name),
                (failure ?? problem)?.Message,
                outcomes.Count(o => o.Kind is OutcomeKind.Created or OutcomeKind.Merged),
                outcomes.Where(o => o is { Kind: OutcomeKind.Skipped, Item: Skip })
                    .GroupBy(o => ((Skip)o.Item).Reason)
                    .ToDictionary(g => g.Key, g => g.Count()));
        }).ToArray();
}
