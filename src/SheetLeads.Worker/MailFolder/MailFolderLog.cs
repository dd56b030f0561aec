using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.MailFolder;

/// <summary>Log events of the mail folder channel, ids 2501-2599. Files are named by their path below the folder; mail contents and addresses are never logged.</summary>
internal static partial class MailFolderLog
{
    [LoggerMessage(EventId = 2501, EventName = "MailFolderRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: read {Count} mail files, {Unreadable} unreadable, more waiting: {HasMore}")]
    public static partial void BatchRead(this ILogger logger, string channel, int count, int unreadable, bool hasMore);

    [LoggerMessage(EventId = 2502, EventName = "MailFileUnreadable", Level = LogLevel.Warning,
        Message = "Channel {Channel}: cannot read {File}; it will be tried again next cycle")]
    public static partial void FileUnreadable(this ILogger logger, string channel, string file, Exception exception);

    [LoggerMessage(EventId = 2503, EventName = "MailFileCut", Level = LogLevel.Warning,
        Message = "Channel {Channel}: {File} is larger than {Limit} bytes; only its start is read (headers and text come first)")]
    public static partial void FileCut(this ILogger logger, string channel, string file, int limit);
}
