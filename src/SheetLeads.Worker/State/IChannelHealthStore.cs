using SheetLeads.Core.Summary;
using SheetLeads.Core.Sync;

namespace SheetLeads.Worker.State;

/// <summary>Where each channel's health is kept between cycles and processes (SPEC §6 item 8).</summary>
internal interface IChannelHealthStore
{
    /// <summary>Records what a finished cycle at <paramref name="at"/> (business-local day <paramref name="day"/>)
    /// says about each channel.</summary>
    Task RecordPollsAsync(IReadOnlyList<ChannelPoll> polls, DateTimeOffset at, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Every channel's health, with counts for the business-local day <paramref name="day"/>.</summary>
    Task<IReadOnlyList<ChannelHealth>> ReadHealthAsync(DateOnly day, CancellationToken cancellationToken);
}
