using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>Log events of the Google Sheets back end (6xxx).</summary>
internal static partial class GoogleSheetsLog
{
    [LoggerMessage(EventId = 6001, EventName = "CallRetried", Level = LogLevel.Warning,
        Message = "Sheets call {Method} failed, attempt {Attempt} in {DelayMs:0} ms: {Reason}")]
    public static partial void CallRetried(this ILogger logger, string method, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 6002, EventName = "UnknownWriteFoundApplied", Level = LogLevel.Information,
        Message = "Sheets write {Method} got no clear answer, but the sheet shows it was applied; not sent again")]
    public static partial void UnknownWriteFoundApplied(this ILogger logger, string method);

    [LoggerMessage(EventId = 6003, EventName = "BudgetWaited", Level = LogLevel.Information,
        Message = "Sheets call {Method} waited {WaitMs:0} ms to stay inside the per-minute request budget")]
    public static partial void BudgetWaited(this ILogger logger, string method, double waitMs);

    [LoggerMessage(EventId = 6010, EventName = "LeaseTaken", Level = LogLevel.Information,
        Message = "Took the write lease on spreadsheet {SpreadsheetId} until {Until:u}")]
    public static partial void LeaseTaken(this ILogger logger, string spreadsheetId, DateTimeOffset until);

    [LoggerMessage(EventId = 6011, EventName = "LeaseHeldByOther", Level = LogLevel.Warning,
        Message = "Spreadsheet {SpreadsheetId} is written by another worker on {Host} (id {Holder}) until {Until:u}; waiting")]
    public static partial void LeaseHeldByOther(this ILogger logger, string spreadsheetId, string host, string holder, DateTimeOffset until);

    [LoggerMessage(EventId = 6020, EventName = "RowMovedDuringWrite", Level = LogLevel.Error,
        Message = "Row {Row} was written as lead {LeadId}'s, but holds '{Found}' now: a person moved rows in the instant between the worker's check and its write. Check that row")]
    public static partial void RowMovedDuringWrite(this ILogger logger, string leadId, int row, string found);

    [LoggerMessage(EventId = 6030, EventName = "RowsAppended", Level = LogLevel.Information,
        Message = "Appended {Count} new rows to {Location}: {LeadIds}")]
    public static partial void RowsAppended(this ILogger logger, int count, string location, string leadIds);

    [LoggerMessage(EventId = 6031, EventName = "RowsUpdated", Level = LogLevel.Information,
        Message = "Updated {Count} rows of {Location} ({Written} cells written, {LeftAlone} left to what a person typed): {Rows}")]
    public static partial void RowsUpdated(this ILogger logger, int count, string location, int written, int leftAlone, string rows);

    [LoggerMessage(EventId = 6032, EventName = "RowsColoured", Level = LogLevel.Information,
        Message = "Coloured {Count} rows of {Location} whose flag changed")]
    public static partial void RowsColoured(this ILogger logger, int count, string location);

    [LoggerMessage(EventId = 6033, EventName = "FormatsNotWritten", Level = LogLevel.Warning,
        Message = "The values are in {Location}, but its row colours, date formats and row anchors were not written: {Reason}")]
    public static partial void FormatsNotWritten(this ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 6040, EventName = "SheetUnavailable", Level = LogLevel.Warning,
        Message = "{Location} cannot be used now: {Reason}")]
    public static partial void SheetUnavailable(this ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 6041, EventName = "WriteRefusedChanged", Level = LogLevel.Information,
        Message = "Nothing written to the rows of {Location}: {Reason}")]
    public static partial void WriteRefusedChanged(this ILogger logger, string location, string reason);

    [LoggerMessage(EventId = 6050, EventName = "NoTeamTab", Level = LogLevel.Information,
        Message = "{Location} has no {Tab} tab: new leads rotate among the configured team (run init to add the tab)")]
    public static partial void NoTeamTab(this ILogger logger, string location, string tab);
}
