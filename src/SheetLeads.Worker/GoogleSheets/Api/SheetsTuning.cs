namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>How hard the client leans on Google: request budgets, retries and the per-request timeout.</summary>
/// <param name="ReadsPerMinute">Reads per rolling minute (Google's default quota: 60 per user).</param>
/// <param name="WritesPerMinute">Writes per rolling minute (Google's default quota: 60 per user).</param>
/// <param name="MaxRetries">Retries after the first attempt of a call.</param>
/// <param name="RetryDelay">The first backoff; later ones double, with jitter, unless Google says Retry-After.</param>
/// <param name="Timeout">How long one request may take before its outcome is treated as unknown.</param>
internal sealed record SheetsTuning(int ReadsPerMinute, int WritesPerMinute, int MaxRetries, TimeSpan RetryDelay, TimeSpan Timeout);
