using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.FormApi;

/// <summary>
/// Log events of the form endpoint channel, ids 3601-3699. They name channels and endpoints without their query
/// (some services take the key there), never a key or what a customer wrote.
/// </summary>
internal static partial class FormApiLog
{
    [LoggerMessage(EventId = 3601, EventName = "FormPageRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: page {Page} lists {Entries} entries")]
    public static partial void PageRead(this ILogger logger, string channel, int page, int entries);

    [LoggerMessage(EventId = 3602, EventName = "FormRequestRetried", Level = LogLevel.Warning,
        Message = "Channel {Channel}: request failed ({Reason}); attempt {Attempt} in {DelayMs} ms")]
    public static partial void RequestRetried(this ILogger logger, string channel, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 3603, EventName = "FormCircuitOpened", Level = LogLevel.Warning,
        Message = "Channel {Channel}: every recent request failed; the endpoint is left alone for {Seconds} s")]
    public static partial void CircuitOpened(this ILogger logger, string channel, double seconds);

    [LoggerMessage(EventId = 3604, EventName = "FormPollDeferred", Level = LogLevel.Information,
        Message = "Channel {Channel}: not polled before {Until:u}, as the service asked")]
    public static partial void PollDeferred(this ILogger logger, string channel, DateTimeOffset until);

    [LoggerMessage(EventId = 3605, EventName = "FormEntryUnparseable", Level = LogLevel.Warning,
        Message = "Channel {Channel}: {Problem}; recorded as unparseable")]
    public static partial void EntryUnparseable(this ILogger logger, string channel, string problem);

    [LoggerMessage(EventId = 3606, EventName = "FormApiSubmissionsLeftOut", Level = LogLevel.Information,
        Message = "Channel {Channel}: {Count} partial or deleted submissions are not enquiries yet and are left out")]
    public static partial void SubmissionsLeftOut(this ILogger logger, string channel, int count);

    [LoggerMessage(EventId = 3607, EventName = "FormPagingLooped", Level = LogLevel.Warning,
        Message = "Channel {Channel}: {Endpoint} named a page already read as the next one; paging stopped there")]
    public static partial void PagingLooped(this ILogger logger, string channel, string endpoint);

    [LoggerMessage(EventId = 3608, EventName = "FormPollRead", Level = LogLevel.Debug,
        Message = "Channel {Channel}: {Pages} page(s), {Entries} entries, {New} not taken in yet, {Taken} taken this cycle")]
    public static partial void PollRead(this ILogger logger, string channel, int pages, int entries, int @new, int taken);
}
