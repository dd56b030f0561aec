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
}
