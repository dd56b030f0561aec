using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers like the four form services' list endpoints (and a generic JSON list),
/// with their paths, auth headers, time filters and paging, from submissions the test adds; faults (a status with its
/// body and Retry-After, a delay, a held request) are queued per form and answered in order.
/// </summary>
internal sealed class FakeFormService : IAsyncDisposable
{
    public const string Key = "test-key-7f3a";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeForm> _forms = new();
    private readonly ConcurrentQueue<string> _requests = new();

    private FakeFormService(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request's path and query, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>The header each request carried its key in (APIKEY for JotForm, else Authorization) and its value, in order.</summary>
    public ConcurrentQueue<(string Header, string Value)> Headers { get; } = new();

    public static async Task<FakeFormService> StartAsync()
    {
        var app = EndToEnd.LocalWebApp.Build();
        var service = new FakeFormService(app);
        app.Run(service.HandleAsync);
        service.BaseUrl = await EndToEnd.LocalWebApp.StartAsync(app);
        return service;
    }

    /// <summary>A form of a service at its real path: Typeform <c>/forms/{id}/responses</c>, Tally <c>/forms/{id}/submissions</c>,
    /// JotForm <c>/form/{id}/submissions</c>, Formspree <c>/api/0/forms/{id}/submissions</c>, Generic <c>/generic/{id}</c>.</summary>
    public FakeForm Form(string preset, string id, JsonObject? envelope = null)
    {
        var path = preset switch
        {
            "Typeform" => $"/forms/{id}/responses",
            "Tally" => $"/forms/{id}/submissions",
            "JotForm" => $"/form/{id}/submissions",
            "Formspree" => $"/api/0/forms/{id}/submissions",
            _ => $"/generic/{id}",
        };
        return _forms.GetOrAdd(path, _ => new FakeForm(preset, path, envelope ?? new JsonObject()));
    }

    public string Url(FakeForm form) => BaseUrl + form.Path;

    public async ValueTask DisposeAsync()
    {
        foreach (var form in _forms.Values)
            form.ReleaseAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        _requests.Enqueue(context.Request.Path + context.Request.QueryString);
        if (!_forms.TryGetValue(context.Request.Path, out var form))
        {
            await Answer(context, HttpStatusCode.NotFound, """{"code":"NOT_FOUND","description":"Form not found"}""");
            return;
        }
        var header = form.Preset == "JotForm" ? "APIKEY" : "Authorization";
        var key = context.Request.Headers[header].ToString();
        Headers.Enqueue((header, key));
        if (form.TakeFault() is { } fault)
        {
            if (fault.Hold is { } hold)
                await hold.Task.WaitAsync(context.RequestAborted);
            if (fault.Delay > TimeSpan.Zero)
                await Task.Delay(fault.Delay, context.RequestAborted);
            if (fault.Status is { } status)
            {
                if (fault.RetryAfter is { } wait)
                    context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Answer(context, status, fault.Body ?? "", fault.ContentType);
                return;
            }
        }
        if (!form.Accepts(key))
        {
            await Answer(context, HttpStatusCode.Unauthorized, form.Preset switch
            {
                "JotForm" => """{"responseCode":401,"message":"You're not authorized to use (/form-id-submissions) ","content":"","limit-left":9999}""",
                "Tally" => """{"message":"Unauthorized","errorType":"UNAUTHORIZED"}""",
                "Formspree" => """{"error":"Unauthorized"}""",
                _ => """{"code":"AUTHENTICATION_FAILED","description":"Authentication credentials not found on the Request Headers"}""",
            });
            return;
        }
        await Answer(context, HttpStatusCode.OK, form.Page(context.Request.Query).ToJsonString());
    }

    private static async Task Answer(HttpContext context, HttpStatusCode status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body));
    }
}

/// <summary>One queued answer of a <see cref="FakeForm"/>.</summary>
internal sealed record FakeFault(HttpStatusCode? Status = null, string? Body = null, string ContentType = "application/json",
    TimeSpan? RetryAfter = null, TimeSpan Delay = default, TaskCompletionSource? Hold = null);
