using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Workbook;

/// <summary>Log lines of the local workbook back end (5xxx). Lead IDs and file paths only, never customer details.</summary>
internal static partial class WorkbookLog
{
    [LoggerMessage(EventId = 5001, EventName = "WorkbookCreated", Level = LogLevel.Information,
        Message = "Created workbook {Path} with a {Tab} tab")]
    public static partial void WorkbookCreated(this ILogger logger, string path, string tab);

    [LoggerMessage(EventId = 5002, EventName = "WriteRefusedLocked", Level = LogLevel.Warning,
        Message = "Did not write {Path}: {Reason}")]
    public static partial void WriteRefusedLocked(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5003, EventName = "WorkbookRowsAppended", Level = LogLevel.Information,
        Message = "Appended {Count} new lead row(s) to {Path}: {LeadIds}")]
    public static partial void RowsAppended(this ILogger logger, int count, string path, string leadIds);

    [LoggerMessage(EventId = 5004, EventName = "WorkbookRowsUpdated", Level = LogLevel.Information,
        Message = "Updated {Count} row(s) in {Path} ({CellsWritten} cell(s) written, {CellsLeftAlone} change(s) left alone because a person had typed there): {Rows}")]
    public static partial void RowsUpdated(this ILogger logger, int count, string path, int cellsWritten, int cellsLeftAlone, string rows);

    [LoggerMessage(EventId = 5005, EventName = "WorkbookWriteRefusedChanged", Level = LogLevel.Warning,
        Message = "Did not write {Path}: {Reason}")]
    public static partial void WriteRefusedChanged(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5006, EventName = "SetupChanged", Level = LogLevel.Information,
        Message = "init {Path}: {Change}")]
    public static partial void SetupChanged(this ILogger logger, string path, string change);

    [LoggerMessage(EventId = 5007, EventName = "SetupNote", Level = LogLevel.Warning,
        Message = "init {Path}: {Note}")]
    public static partial void SetupNote(this ILogger logger, string path, string note);

    [LoggerMessage(EventId = 5008, EventName = "WorkbookRowsColoured", Level = LogLevel.Information,
        Message = "Coloured {Count} row(s) in {Path} whose flag changed: {LeadIds}")]
    public static partial void RowsColoured(this ILogger logger, int count, string path, string leadIds);
}
