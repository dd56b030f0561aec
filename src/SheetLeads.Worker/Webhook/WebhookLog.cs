using Microsoft.Extensions.Logging;

namespace SheetLeads.Worker.Webhook;

/// <summary>Log events of the webhook endpoint, ids 3701-3799: channels, sizes and senders' addresses, never a body or a secret.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 3701, EventName = "WebhookListening", Level = LogLevel.Information,
        Message = "Webhook endpoint listening on {Address} for {Channels}")]
    public static partial void Listening(this ILogger logger, string address, string channels);

    [LoggerMessage(EventId = 3702, EventName = "WebhookQueued", Level = LogLevel.Information,
        Message = "Channel {Channel}: push #{Id} ({Bytes} bytes) kept for the next cycle")]
    public static partial void Queued(this ILogger logger, string channel, long id, int bytes);

    [LoggerMessage(EventId = 3703, EventName = "WebhookRefused", Level = LogLevel.Warning,
        Message = "Webhook {Path} from {Remote}: refused with {Status}: {Reason}")]
    public static partial void Refused(this ILogger logger, string path, string remote, int status, string reason);

    [LoggerMessage(EventId = 3704, EventName = "WebhookNotQueued", Level = LogLevel.Error,
        Message = "Channel {Channel}: a push could not be kept ({Reason}); answered 503 so the service sends it again")]
    public static partial void NotQueued(this ILogger logger, string channel, string reason, Exception exception);

    [LoggerMessage(EventId = 3705, EventName = "WebhookSyncNotStarted", Level = LogLevel.Warning,
        Message = "Channel {Channel}: the push is kept, but a sync could not be started now; the next interval takes it")]
    public static partial void SyncNotStarted(this ILogger logger, string channel, Exception exception);

    [LoggerMessage(EventId = 3706, EventName = "WebhookOff", Level = LogLevel.Warning,
        Message = "Channels {Channels} take pushes (Webhook), but SheetLeads:Webhooks:Enabled is false: nothing listens for them")]
    public static partial void Off(this ILogger logger, string channels);
}
