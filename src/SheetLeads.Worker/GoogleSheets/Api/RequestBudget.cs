namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// Keeps requests inside a per-minute quota (Google's default is 60 reads and 60 writes per minute per user): a
/// request that would be one too many in the last 60 seconds waits until the oldest leaves the window.
/// </summary>
internal sealed class RequestBudget(int perMinute, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits until one more request fits, then counts it.</summary>
    /// <returns>How long it waited.</returns>
    public async Task<TimeSpan> TakeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var waited = TimeSpan.Zero;
            while (true)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                    _sent.Dequeue();
                if (_sent.Count < perMinute)
                {
                    _sent.Enqueue(now);
                    return waited;
                }
                var wait = _sent.Peek() + Window - now;
                waited += wait;
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
