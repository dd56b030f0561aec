namespace SheetLeads.Worker.FormApi;

/// <summary>A form endpoint did not give a usable page; the message is for a person and names no secret.</summary>
internal sealed class FormApiException(string message, DateTimeOffset? retryAt = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>When the service asked to be left alone until (a long <c>Retry-After</c>), if it did.</summary>
    public DateTimeOffset? RetryAt { get; } = retryAt;
}
