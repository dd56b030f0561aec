using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.MailFolder;

/// <summary>Log lines of the mail folder channel (25xx). File names only, never mail contents.</summary>
internal static partial class MailFolderLog
{
    [LoggerMessage(EventId = 2501, EventName = "FolderRead", Level = LogLevel.Debug, Message = "Channel {Channel}: read {Files} new mail file(s), {Problems} could not be read")]
    public static partial void FolderRead(this ILogger logger, string channel, int files, int problems);
}
