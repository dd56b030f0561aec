using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// Sends Sheets API calls for one spreadsheet: inside the per-minute request budget, retried with jittered
/// exponential backoff that honours <c>Retry-After</c> (SPEC §8), and — for a write whose outcome is unknown —
/// only after checking whether it was applied, so no write is ever applied twice.
/// </summary>
internal sealed class SheetsClient : IDisposable
{
    private readonly SheetsApi _api;
    private readonly RequestBudget _reads;
    private readonly RequestBudget _writes;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private int _calls;

    public SheetsClient(SheetsApi api, string spreadsheetId, string serviceAccount, SheetsTuning tuning, TimeProvider time, ILogger logger)
    {
        _api = api;
        SpreadsheetId = spreadsheetId;
        ServiceAccount = serviceAccount;
        _logger = logger;
        _time = time;
        _reads = new RequestBudget(tuning.ReadsPerMinute, time);
        _writes = new RequestBudget(tuning.WritesPerMinute, time);
        // MaxRetries 0 is one attempt: Polly's retry refuses zero retries, so there is then no retry strategy at all.
        _retry = tuning.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SheetsCallException>(e => e.Transient),
                MaxRetryAttempts = tuning.MaxRetries,
                Delay = tuning.RetryDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is SheetsCallException { RetryAfter: { } wait } ? wait : (TimeSpan?)null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is SheetsCallException e)
                        _logger.CallRetried(e.Method, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, e.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The spreadsheet's id.</summary>
    public string SpreadsheetId { get; }

    /// <summary>The service account's e-mail address (whom to share the sheet with).</summary>
    public string ServiceAccount { get; }

    /// <summary>The service, to build requests with.</summary>
    public SheetsApi Api => _api;

    /// <summary>Requests sent so far, retries included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>A read, retried while the failure is transient.</summary>
    public Task<T> ReadAsync<T>(SheetsRequest<T> request, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await SendAsync(request, _reads, ct), cancellationToken).AsTask();

    /// <summary>
    /// A write. When an attempt's outcome is unknown (no answer, or a server error), <paramref name="applied"/> is
    /// asked before the next attempt: it returns the write's result if the write is in the sheet, else null and the
    /// write is sent again. A write that is safe to apply twice passes <c>null</c>.
    /// </summary>
    public Task<T> WriteAsync<T>(SheetsRequest<T> request, Func<CancellationToken, Task<T?>>? applied, CancellationToken cancellationToken)
        where T : class
    {
        var unknown = false;
        return _retry.ExecuteAsync(async ct =>
        {
            if (unknown && applied is not null)
            {
                if (await applied(ct) is { } result)
                {
                    _logger.UnknownWriteFoundApplied(request.Method);
                    return result;
                }
                unknown = false;
            }
            try
            {
                return await SendAsync(request, _writes, ct);
            }
            catch (SheetsCallException e) when (e.OutcomeUnknown)
            {
                unknown = true;
                throw;
            }
        }, cancellationToken).AsTask();
    }

    private async Task<T> SendAsync<T>(SheetsRequest<T> request, RequestBudget budget, CancellationToken cancellationToken)
    {
        var waited = await budget.TakeAsync(cancellationToken);
        if (waited > TimeSpan.Zero)
            _logger.BudgetWaited(request.Method, waited.TotalMilliseconds);
        Interlocked.Increment(ref _calls);
        using var message = request.CreateRequest();
        HttpResponseMessage response;
        // HttpClient's timeout ends with the headers when the answer is read as it arrives: the rest gets its own.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_api.HttpClient.Timeout);
        try
        {
            response = await _api.HttpClient.SendAsync(message,
                request.ReadsAsItArrives ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TokenResponseException e)
        {
            throw new SheetsAuthException(e.Error?.Error, e.Error?.ErrorDescription ?? e.Message, e.StatusCode, e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new SheetsCallException(request.Method, e);
        }
        using (response)
        {
            if (response.IsSuccessStatusCode)
                return await ReadAnswerAsync(request, response, timeout.Token, cancellationToken);
            var error = await ReadErrorAsync(response);
            throw new SheetsCallException(request.Method, response.StatusCode, error, RetryAfter(response));
        }
    }

    private async Task<T> ReadAnswerAsync<T>(SheetsRequest<T> request, HttpResponseMessage response, CancellationToken timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadAnswerAsync(response, _api, timeout);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new SheetsCallException(request.Method, e is OperationCanceledException ? new TimeoutException($"the answer did not arrive within {_api.HttpClient.Timeout.TotalSeconds:0} s", e) : e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new SheetsCallException(request.Method, new InvalidDataException($"the answer is not the JSON Google sends: {e.Message}", e));
        }
    }

    private async Task<Google.Apis.Requests.RequestError?> ReadErrorAsync(HttpResponseMessage response)
    {
        try
        {
            return await _api.DeserializeError(response);
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or Google.GoogleApiException)
        {
            return null; // not Google's JSON (a proxy's HTML page): the status says enough
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > _time.GetUtcNow() ? date - _time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    public void Dispose()
    {
        _reads.Dispose();
        _writes.Dispose();
        _api.Dispose();
    }
}
