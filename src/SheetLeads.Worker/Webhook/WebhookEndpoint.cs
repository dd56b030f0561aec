using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SheetLeads.Worker.Http;
using SheetLeads.Worker.Jobs;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Webhook;

/// <summary>
/// <c>POST /webhooks/{channel}</c>: a push is checked (known channel, size, signature, JSON), kept durably in the
/// worker's inbox, and only then answered 200 — a push the inbox could not keep gets 503, so the service sends it
/// again. A sync starts at once; the push reaches the sheet with that cycle.
/// </summary>
internal sealed class WebhookEndpoint(
    IReadOnlyDictionary<string, WebhookCheck> channels,
    int maxBodyBytes,
    IWebhookInbox inbox,
    ISyncTrigger trigger,
    TimeProvider time,
    ILogger logger)
{
    public async Task HandleAsync(HttpContext context, string channel)
    {
        var request = context.Request;
        if (!channels.TryGetValue(channel, out var check))
        {
            await RefuseAsync(context, StatusCodes.Status404NotFound, $"no channel '{channel}' takes pushes here");
            return;
        }
        if (request.ContentLength > maxBodyBytes)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"the body is {request.ContentLength} bytes; at most {maxBodyBytes} are taken");
            return;
        }
        var body = await LimitedBody.ReadAsync(request.Body, maxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"the body is over {maxBodyBytes} bytes");
            return;
        }
        if (!check.Verify(name => request.Headers[name].FirstOrDefault(), name => request.Query[name].FirstOrDefault(), body))
        {
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, $"no valid {check.Kind} proof in {check.Header}");
            return;
        }
        if (!IsJson(body))
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "the body is not JSON");
            return;
        }
        long id;
        try
        {
            id = await inbox.EnqueueAsync(channel, time.GetUtcNow(), body, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.NotQueued(channel, e.Message, e);
            context.Response.Headers.RetryAfter = "30";
            await AnswerAsync(context, StatusCodes.Status503ServiceUnavailable, "the push could not be kept; send it again");
            return;
        }
        logger.Queued(channel, id, body.Length);
        await AnswerAsync(context, StatusCodes.Status200OK, null);
        _ = StartSyncAsync(channel);
    }

    private async Task StartSyncAsync(string channel)
    {
        try
        {
            await trigger.SyncNowAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.SyncNotStarted(channel, e);
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        logger.Refused(context.Request.Path, context.Connection.RemoteIpAddress?.ToString() ?? "?", status, reason);
        await AnswerAsync(context, status, reason);
    }

    private static Task AnswerAsync(HttpContext context, int status, string? error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(error is null ? new Answer(true, null) : new Answer(false, error));
    }

    private sealed record Answer(bool Accepted, string? Error);
}
