using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Imap;

/// <summary>Log events of the IMAP channel (8xxx).</summary>
internal static partial class ImapLog
{
    [LoggerMessage(EventId = 8001, EventName = "ImapBatchRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: read {Count} messages from {Folder}; {Waiting} more waiting")]
    public static partial void BatchRead(this ILogger logger, string channel, string folder, int count, int waiting);

    [LoggerMessage(EventId = 8002, EventName = "ImapMarked", Level = LogLevel.Information,
        Message = "Channel {Channel}: marked {Count} messages taken in ({Marker})")]
    public static partial void Marked(this ILogger logger, string channel, int count, ImapMarker marker);

    [LoggerMessage(EventId = 8003, EventName = "UidValidityChanged", Level = LogLevel.Warning,
        Message = "Channel {Channel}: UIDVALIDITY of {Folder} changed from {Old} to {New}; reading the folder again (messages already in the sheet are recognised by Message-ID)")]
    public static partial void UidValidityChanged(this ILogger logger, string channel, string folder, string old, uint @new);

    [LoggerMessage(EventId = 8004, EventName = "ImapIdling", Level = LogLevel.Information,
        Message = "Channel {Channel}: waiting with IDLE for new mail in {Folder}")]
    public static partial void Idling(this ILogger logger, string channel, string folder);

    [LoggerMessage(EventId = 8005, EventName = "ImapNoIdle", Level = LogLevel.Information,
        Message = "Channel {Channel}: {Host} has no IDLE; new mail is seen at the next poll")]
    public static partial void NoIdle(this ILogger logger, string channel, string host);

    [LoggerMessage(EventId = 8006, EventName = "ImapIdleDropped", Level = LogLevel.Warning,
        Message = "Channel {Channel}: the IDLE connection failed; opening it again in {Seconds:0} s: {Reason}")]
    public static partial void IdleDropped(this ILogger logger, string channel, double seconds, string reason);

    [LoggerMessage(EventId = 8007, EventName = "KeywordNotKept", Level = LogLevel.Warning,
        Message = "Channel {Channel}: {Folder} does not keep the keyword {Keyword}, so messages taken in are not marked (they are never taken twice); set Marker to Seen or Move")]
    public static partial void KeywordNotKept(this ILogger logger, string channel, string folder, string keyword);

    [LoggerMessage(EventId = 8008, EventName = "ImapRepliesRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: read {Count} replies of the team's from {Folder}; {Waiting} more waiting")]
    public static partial void RepliesRead(this ILogger logger, string channel, string folder, int count, int waiting);

    [LoggerMessage(EventId = 8009, EventName = "ImapSentFolderFirstRead", Level = LogLevel.Information,
        Message = "Channel {Channel}: first read of {Folder}: the team's replies are looked for from {Since:yyyy-MM-dd} on (the conversion window); older sent mail is left alone")]
    public static partial void SentFolderFirstRead(this ILogger logger, string channel, string folder, DateOnly since);

    [LoggerMessage(EventId = 8010, EventName = "ImapSentFolderWaits", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {Folder} is read once the enquiries waiting in {Inbox} are taken in, so no reply is read before its enquiry")]
    public static partial void SentFolderWaits(this ILogger logger, string channel, string folder, string inbox);
}
