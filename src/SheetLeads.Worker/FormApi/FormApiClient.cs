using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Http;

namespace SheetLeads.Worker.FormApi;

/// <summary>
/// Asks one form endpoint for one page, through the channel's resilience pipeline (timeouts, retries that honour
/// <c>Retry-After</c>, a circuit breaker), and turns every way it can fail into a sentence a person can act on:
/// a refused key, a missing form, a rate limit, a server error, a timeout, an HTML page, JSON that does not parse.
/// </summary>
internal sealed class FormApiClient(IHttpClientFactory factory, string channel, FormApiSettings settings, TimeProvider time)
{
    /// <summary>Far above any page a form API returns; keeps a runaway answer off a 512 MB box.</summary>
    internal const int MaxPageBytes = 32 * 1024 * 1024;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true };

    /// <summary>The page at <paramref name="url"/>, parsed.</summary>
    /// <exception cref="FormApiException">No usable page; the message says why.</exception>
    public async Task<JsonDocument> GetPageAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(FormApiHttp.Channel, channel);
        request.Headers.Accept.ParseAdd("application/json");
        if (settings.Token is { } token)
            request.Headers.TryAddWithoutValidation(token.Header, token.Value);
        using var client = factory.CreateClient(FormApiHttp.ClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (Failure(e, cancellationToken) is { } problem)
        {
            throw new FormApiException(problem, inner: e);
        }
        using (response)
        {
            var body = await ReadAsync(response, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw Refused(response, body);
            return Parse(response, body);
        }
    }

    private string? Failure(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        TimeoutRejectedException or OperationCanceledException =>
            $"{settings.Where} did not answer within {Seconds(settings.Resilience.RequestTimeout)} ({Attempts}); it is asked again next cycle",
        BrokenCircuitException broken =>
            $"{settings.Where} failed on every attempt lately, so it is left alone for a while{Until(broken.RetryAfter)}; it is asked again after that",
        HttpRequestException http =>
            $"{settings.Where} cannot be reached ({http.HttpRequestError switch { HttpRequestError.NameResolutionError => "unknown host", HttpRequestError.ConnectionError => "connection refused or dropped", HttpRequestError.SecureConnectionError => "TLS failed: " + http.InnerException?.Message, _ => http.Message }}, {Attempts}); it is asked again next cycle",
        _ => null,
    };

    private async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxPageBytes)
            throw TooLarge();
        // The pipeline's timeouts end with the headers: the body gets a timeout of its own.
        using var timeout = new CancellationTokenSource(settings.Resilience.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
            return await LimitedBody.ReadAsync(stream, MaxPageBytes, linked.Token) ?? throw TooLarge();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FormApiException($"{settings.Where} stopped sending its answer part-way (nothing for {Seconds(settings.Resilience.RequestTimeout)}); it is asked again next cycle");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new FormApiException($"{settings.Where} broke off its answer ({e.Message}); it is asked again next cycle", inner: e);
        }
    }

    private FormApiException Refused(HttpResponseMessage response, byte[] body)
    {
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        var said = FormApiAnswers.Message(response, body) is { } m ? $": \"{m}\"" : "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new($"{settings.Where} refused the API key ({status}{said}); check Token (and TokenHeader, TokenScheme)"),
            HttpStatusCode.NotFound =>
                new($"{settings.Where} has no such form ({status}{said}); check Url"),
            HttpStatusCode.TooManyRequests => RateLimited(response, status, said),
            >= HttpStatusCode.InternalServerError =>
                new($"{settings.Where} failed ({status}{said}, {Attempts}); it is asked again next cycle"),
            _ => new($"{settings.Where} refused the request ({status}{said}); check Url and the channel's settings"),
        };
    }

    private FormApiException RateLimited(HttpResponseMessage response, string status, string said)
    {
        var wait = FormApiAnswers.RetryAfter(response, time.GetUtcNow());
        var until = wait is { } w ? time.GetUtcNow() + w : (DateTimeOffset?)null;
        var asked = wait is { } a ? $"; it asked to wait {Seconds(a)}, so it is not asked again before {until:HH:mm:ss} UTC" : "; it is asked again next cycle";
        return new FormApiException($"{settings.Where} is limiting requests ({status}{said}){asked}", until);
    }

    private JsonDocument Parse(HttpResponseMessage response, byte[] body)
    {
        if (FormApiAnswers.IsHtml(response, body))
            throw new FormApiException($"{settings.Where} answered with an HTML page{FormApiAnswers.Title(body)} instead of JSON (HTTP {(int)response.StatusCode}); it is asked again next cycle");
        try
        {
            return FormJson.Parse(body, Lenient);
        }
        catch (JsonException e)
        {
            throw new FormApiException($"{settings.Where} answered with JSON that does not parse (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); nothing is taken from it, and it is asked again next cycle");
        }
    }

    private FormApiException TooLarge() =>
        new($"{settings.Where} answered with more than {MaxPageBytes / (1024 * 1024)} MB for one page; set a smaller PageSize");

    private string Attempts => settings.Resilience.MaxRetries == 0 ? "1 attempt" : $"{settings.Resilience.MaxRetries + 1} attempts";

    private static string Until(TimeSpan? wait) => wait is { } w && w > TimeSpan.Zero ? $" ({Seconds(w)})" : "";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
