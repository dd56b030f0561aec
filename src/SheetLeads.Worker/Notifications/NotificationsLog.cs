using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Notifications;

/// <summary>Log lines of the mails SheetLeads sends (4xxx): notice keys, team names and addresses, never a password
/// or a customer's details.</summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 4001, EventName = "NoticeSent", Level = LogLevel.Information,
        Message = "Mail sent to {Addressee} <{To}>: {Key}")]
    public static partial void NoticeSent(this ILogger logger, string addressee, string to, string key);

    [LoggerMessage(EventId = 4002, EventName = "SmtpFailed", Level = LogLevel.Warning,
        Message = "Mails could not be sent (tried again at the next sync; {Pending} waiting): {Reason}")]
    public static partial void SmtpFailed(this ILogger logger, int pending, string reason);

    [LoggerMessage(EventId = 4003, EventName = "NoticeGivenUp", Level = LogLevel.Warning,
        Message = "Mail {Key} to {Addressee} not sent: {Reason}")]
    public static partial void NoticeGivenUp(this ILogger logger, string key, string addressee, string reason);

    [LoggerMessage(EventId = 4004, EventName = "NoticeQueued", Level = LogLevel.Debug,
        Message = "Mail queued for {Addressee}: {Key}")]
    public static partial void NoticeQueued(this ILogger logger, string addressee, string key);

    [LoggerMessage(EventId = 4005, EventName = "NoticesNotQueued", Level = LogLevel.Warning,
        Message = "The manager's mails could not be queued (tried again at the next refresh): {Reason}")]
    public static partial void NoticesNotQueued(this ILogger logger, string reason);

    [LoggerMessage(EventId = 4007, EventName = "OutboxFailed", Level = LogLevel.Warning,
        Message = "The mails waiting in the worker's state could not be read or updated (tried again at the next round): {Reason}")]
    public static partial void OutboxFailed(this ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 4006, EventName = "DigestFailed", Level = LogLevel.Warning,
        Message = "The daily digest could not be made (tried again at the next run): {Reason}")]
    public static partial void DigestFailed(this ILogger logger, string reason, Exception? exception);
}
