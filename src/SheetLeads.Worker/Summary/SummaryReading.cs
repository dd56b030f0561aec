using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Summary;

/// <summary>
/// Reads the Leads tab once and computes the Summary's figures with each channel's health: what the Summary tab, the
/// manager's mails and the digest show. The caller holds the sheet's turn (<see cref="SheetTurn"/>).
/// </summary>
internal sealed class SummaryReading(
    ILeadSheet sheet,
    LeadRowReader reader,
    SummaryBuilder builder,
    IReadOnlyList<IChannel> channels,
    IChannelHealthStore health,
    BusinessTime time)
{
    /// <summary>The figures for <paramref name="now"/>.</summary>
    /// <exception cref="SheetUnavailableException">The sheet cannot be read now.</exception>
    public async Task<SummaryRead> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await sheet.ReadAsync(cancellationToken);
        var leads = reader.Read(snapshot);
        var names = channels.Select(c => c.Info.Name).ToArray();
        var known = await health.ReadHealthAsync(time.DateOf(now), cancellationToken);
        return new SummaryRead(builder.Build(leads, names, known, now), leads, builder.SilentChannels(names, known, now));
    }
}

/// <summary>The Summary's figures and what they were computed from.</summary>
/// <param name="Report">The Summary tab's content.</param>
/// <param name="Leads">The leads as read.</param>
/// <param name="Silent">The channels silent for three intervals.</param>
internal sealed record SummaryRead(SummaryReport Report, IReadOnlyList<Lead> Leads, IReadOnlyList<SilentChannel> Silent);
