namespace SheetLeads.Worker.Sync;

/// <summary>
/// One thing works the sheet at a time: a sync cycle or a Summary refresh. The Summary's read then never falls
/// between a cycle's read and write, nor counts among the cycle's <c>api_calls</c>.
/// </summary>
internal sealed class SheetTurn : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for the sheet; dispose the result to hand it on.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        return new Release(_turn);
    }

    public void Dispose() => _turn.Dispose();

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                turn.Release();
        }
    }
}
