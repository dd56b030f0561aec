namespace SheetLeads.SheetsEmulator;

/// <summary>Google's per-minute, per-user read and write request quotas, over a sliding 60-second window.</summary>
internal sealed class Quota(EmulatorOptions options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<(string User, bool Write), Queue<DateTimeOffset>> _used = [];

    /// <summary>Counts the request, or throws Google's 429 with a Retry-After when the user is over the limit.</summary>
    public void Take(string user, bool write)
    {
        var now = options.Time.GetUtcNow();
        if (!_used.TryGetValue((user, write), out var times))
            _used[(user, write)] = times = new Queue<DateTimeOffset>();
        while (times.Count > 0 && times.Peek() <= now - Window)
            times.Dequeue();
        var limit = write ? options.WritesPerMinutePerUser : options.ReadsPerMinutePerUser;
        if (times.Count >= limit)
        {
            var wait = times.Peek() + Window - now;
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            var metric = write ? "Write requests" : "Read requests";
            throw new ApiException(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded",
                $"Quota exceeded for quota metric '{metric}' and limit '{metric} per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.",
                TimeSpan.FromSeconds(seconds));
        }
        times.Enqueue(now);
    }
}
