using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.FormFolder;

/// <summary>
/// Log events of the form folder channel, ids 3501-3599. They name channels and files, never what a customer
/// wrote: problems say what shape was expected, not what was found.
/// </summary>
internal static partial class FormFolderLog
{
    [LoggerMessage(EventId = 3501, EventName = "FormFileUnreadable", Level = LogLevel.Warning,
        Message = "Channel {Channel}: cannot read {File}; it is tried again next cycle")]
    public static partial void FileUnreadable(this ILogger logger, string channel, string file, Exception exception);

    [LoggerMessage(EventId = 3502, EventName = "FormFileUnparseable", Level = LogLevel.Warning,
        Message = "Channel {Channel}: {Problem}; recorded as unparseable")]
    public static partial void FileUnparseable(this ILogger logger, string channel, string problem);

    [LoggerMessage(EventId = 3503, EventName = "FormFileRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {File} holds {Submissions} submissions")]
    public static partial void FileRead(this ILogger logger, string channel, string file, int submissions);

    [LoggerMessage(EventId = 3504, EventName = "FormFileChanging", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {File} changed while it was read; it is read next cycle")]
    public static partial void FileChanging(this ILogger logger, string channel, string file);

    [LoggerMessage(EventId = 3505, EventName = "FormFileGone", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {File} was removed before it was read")]
    public static partial void FileGone(this ILogger logger, string channel, string file);

    [LoggerMessage(EventId = 3506, EventName = "FormSubmissionsLeftOut", Level = LogLevel.Information,
        Message = "Channel {Channel}: {File} lists {Count} partial or deleted submissions; they are not enquiries and are left out")]
    public static partial void SubmissionsLeftOut(this ILogger logger, string channel, string file, int count);

    [LoggerMessage(EventId = 3507, EventName = "FormBatchFull", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {File} would take the batch past {Limit} items; it is read next cycle")]
    public static partial void BatchFull(this ILogger logger, string channel, string file, int limit);

    [LoggerMessage(EventId = 3508, EventName = "FormFileFailed", Level = LogLevel.Error,
        Message = "Channel {Channel}: reading {File} as {Preset} failed unexpectedly; it is tried again next cycle")]
    public static partial void FileFailed(this ILogger logger, string channel, string file, string preset, Exception exception);
}
