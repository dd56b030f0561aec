using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Sync;

/// <summary>Log lines of the sync cycle (1xxx). References and Lead IDs only, never a customer's details.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 1001, EventName = "CycleFinished", Level = LogLevel.Information, Message = "{Summary}")]
    public static partial void CycleFinished(this ILogger logger, string summary);

    [LoggerMessage(EventId = 1002, EventName = "CycleFailed", Level = LogLevel.Warning, Message = "{Summary}")]
    public static partial void CycleFailed(this ILogger logger, string summary);

    [LoggerMessage(EventId = 1003, EventName = "ChannelFailed", Level = LogLevel.Error, Message = "Channel {Channel} failed: {Reason}")]
    public static partial void ChannelFailed(this ILogger logger, string channel, string reason, Exception? exception);

    [LoggerMessage(EventId = 1004, EventName = "SheetFailed", Level = LogLevel.Error, Message = "The sheet could not be written, nothing was taken in this cycle: {Reason}")]
    public static partial void SheetFailed(this ILogger logger, string reason, Exception? exception);

    [LoggerMessage(EventId = 1005, EventName = "ItemNotRead", Level = LogLevel.Warning, Message = "Channel {Channel}: {Problem}")]
    public static partial void ItemNotRead(this ILogger logger, string channel, string problem);

    [LoggerMessage(EventId = 1006, EventName = "SheetWarning", Level = LogLevel.Warning, Message = "{Warning}")]
    public static partial void SheetWarning(this ILogger logger, string warning);

    [LoggerMessage(EventId = 1007, EventName = "Skipped", Level = LogLevel.Information, Message = "Skipped {Reference} ({Origin}): {Reason}, {Detail}")]
    public static partial void Skipped(this ILogger logger, string reference, string origin, string reason, string detail);

    [LoggerMessage(EventId = 1008, EventName = "TakenIn", Level = LogLevel.Debug, Message = "{Reference} ({Origin}): {Outcome} {LeadId}")]
    public static partial void TakenIn(this ILogger logger, string reference, string origin, string outcome, string? leadId);

    [LoggerMessage(EventId = 1009, EventName = "CycleCrashed", Level = LogLevel.Error, Message = "The sync cycle stopped on an unexpected error; nothing after the failing step was recorded")]
    public static partial void CycleCrashed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1010, EventName = "MorePending", Level = LogLevel.Information, Message = "More enquiries are waiting than one cycle takes ({MaxBatch}); the next cycle starts at once")]
    public static partial void MorePending(this ILogger logger, int maxBatch);

    [LoggerMessage(EventId = 1011, EventName = "HealthNotRecorded", Level = LogLevel.Warning, Message = "The channels' health could not be recorded for the Summary: {Reason}")]
    public static partial void HealthNotRecorded(this ILogger logger, string reason);

    [LoggerMessage(EventId = 1012, EventName = "ReplyFound", Level = LogLevel.Information, Message = "Reply found for {LeadId} ({Origin}, sent {SentAt:u}): First response stamped")]
    public static partial void ReplyFound(this ILogger logger, string leadId, string origin, DateTimeOffset sentAt);
}
