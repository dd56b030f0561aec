using System.Net;
using Google.Apis.Requests;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>A Sheets API call that did not succeed: Google's answer, or no answer at all.</summary>
internal sealed class SheetsCallException : Exception
{
    public SheetsCallException(string method, HttpStatusCode status, RequestError? error, TimeSpan? retryAfter)
        : base($"{method} answered {(int)status} {error?.Message ?? status.ToString()}")
    {
        Method = method;
        Status = status;
        GoogleMessage = error?.Message;
        RetryAfter = retryAfter;
    }

    public SheetsCallException(string method, Exception inner)
        : base($"{method} got no answer ({inner.Message})", inner)
    {
        Method = method;
    }

    /// <summary>The discovery name of the method, e.g. <c>sheets.spreadsheets.values.append</c>.</summary>
    public string Method { get; }

    /// <summary>The HTTP status, or null when no answer came (timeout, connection lost).</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Google's message.</summary>
    public string? GoogleMessage { get; }

    /// <summary>How long Google asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>True when a write may or may not have been applied: no answer, or a server error (even a 503 is not
    /// taken on trust).</summary>
    public bool OutcomeUnknown => Status is null || (int)Status >= 500;

    /// <summary>True when trying again later may succeed (quota, server trouble, no answer).</summary>
    public bool Transient => Status is null or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)Status >= 500;
}
