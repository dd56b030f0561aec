namespace SheetLeads.Worker.State;

/// <summary>
/// Submissions pushed to the worker's webhook endpoint, kept durably until a cycle has taken them in: the endpoint
/// answers 2xx only once a push is here, and the form channel reads them from here like a page.
/// </summary>
internal interface IWebhookInbox
{
    /// <summary>Keeps one push's body for a channel; returns its place in the inbox.</summary>
    Task<long> EnqueueAsync(string channel, DateTimeOffset receivedAt, byte[] body, CancellationToken cancellationToken);

    /// <summary>A channel's pushes after <paramref name="after"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PushedBody>> PendingAsync(string channel, long after, int limit, CancellationToken cancellationToken);

    /// <summary>Forgets a channel's pushes up to and including <paramref name="through"/>: the sheet holds them.</summary>
    Task ForgetAsync(string channel, long through, CancellationToken cancellationToken);
}

/// <summary>One push as it arrived.</summary>
/// <param name="Id">Its place in the inbox.</param>
/// <param name="ReceivedAt">When the endpoint accepted it.</param>
/// <param name="Body">The body, byte for byte.</param>
internal sealed record PushedBody(long Id, DateTimeOffset ReceivedAt, byte[] Body);
