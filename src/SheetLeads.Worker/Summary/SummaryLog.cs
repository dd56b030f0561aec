using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Summary;

/// <summary>Log lines of the Summary refresh (7xxx). Channel names and counts only, never customer details.</summary>
internal static partial class SummaryLog
{
    [LoggerMessage(EventId = 7001, EventName = "SummaryWritten", Level = LogLevel.Information,
        Message = "Summary written to {Location}: {OpenLeads} open lead(s), {Alerts} alert(s)")]
    public static partial void SummaryWritten(this ILogger logger, string location, string openLeads, int alerts);

    [LoggerMessage(EventId = 7002, EventName = "SummaryUnchanged", Level = LogLevel.Debug,
        Message = "Summary unchanged since {Written:O}; not written again")]
    public static partial void SummaryUnchanged(this ILogger logger, DateTimeOffset written);

    [LoggerMessage(EventId = 7003, EventName = "SummaryFailed", Level = LogLevel.Warning,
        Message = "The Summary could not be refreshed (the leads are not affected; it is tried again at the next refresh): {Reason}")]
    public static partial void SummaryFailed(this ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 7004, EventName = "ChannelSilent", Level = LogLevel.Warning, Message = "{Alert}")]
    public static partial void ChannelSilent(this ILogger logger, string alert);
}
