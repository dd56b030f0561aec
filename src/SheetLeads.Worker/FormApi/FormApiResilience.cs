using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace SheetLeads.Worker.FormApi;

/// <summary>
/// One form channel's resilience pipeline: retries with jittered exponential backoff that honour a short
/// <c>Retry-After</c>, a circuit breaker so a failing service is left alone for a while, and a timeout per attempt.
/// A <c>Retry-After</c> longer than <see cref="LongestWait"/> is not waited out inside a cycle: the answer goes back to
/// the channel, which skips its polls until then.
/// </summary>
internal static class FormApiResilience
{
    /// <summary>The longest <c>Retry-After</c> a cycle waits for.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string channel, FormApiResilienceSettings settings, TimeProvider time, ILogger logger)
    {
        // MaxRetries 0 is one attempt: Polly's retry refuses zero retries, so there is then no retry strategy at all.
        if (settings.MaxRetries > 0)
            AddRetry(builder, channel, settings, time, logger);
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome, time)),
            // Every attempt of two whole polls failed: the service is down, not having a bad second.
            FailureRatio = 1.0,
            MinimumThroughput = 2 * (settings.MaxRetries + 1),
            SamplingDuration = TimeSpan.FromMinutes(10),
            BreakDuration = TimeSpan.FromMinutes(2),
            OnOpened = args =>
            {
                logger.CircuitOpened(channel, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(settings.RequestTimeout);
    }

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, string channel, FormApiResilienceSettings settings, TimeProvider time, ILogger logger) =>
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome, time)),
            MaxRetryAttempts = settings.MaxRetries,
            Delay = settings.RetryDelay,
            MaxDelay = LongestWait,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            OnRetry = args =>
            {
                logger.RequestRetried(channel, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "");
                return ValueTask.CompletedTask;
            },
        });

    private static bool Transient(Outcome<HttpResponseMessage> outcome, TimeProvider time)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
            return FormApiAnswers.RetryAfter(limited, time.GetUtcNow()) is not { } wait || wait <= LongestWait;
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
