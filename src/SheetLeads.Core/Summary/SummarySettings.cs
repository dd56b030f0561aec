using SheetLeads.Core.Leads;
using SheetLeads.Core.Normalisation;

namespace SheetLeads.Core.Summary;

/// <summary>The business rules the Summary's figures are computed with (SPEC §6, §10).</summary>
/// <param name="Time">The business time zone: days, weeks (from Monday) and months are its wall-clock ones.</param>
/// <param name="Hours">Working hours, days and holidays: response times count only working time.</param>
/// <param name="ResponseTarget">Working time within which a new lead should be answered.</param>
/// <param name="ConversionWindow">How long a lead may stay open.</param>
/// <param name="SyncInterval">Time between sync cycles: a channel not read for three of them is an alert.</param>
/// <param name="Statuses">The configured statuses, for the order of <c>By status</c>.</param>
/// <param name="Team">The team members, listed in <c>By owner</c> even with nothing open.</param>
public sealed record SummarySettings(
    BusinessTime Time,
    WorkingTime Hours,
    TimeSpan ResponseTarget,
    TimeSpan ConversionWindow,
    TimeSpan SyncInterval,
    StatusSet Statuses,
    IReadOnlyList<string> Team);
