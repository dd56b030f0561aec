using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SheetLeads.SheetsEmulator.Methods;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>
/// Every /v4/spreadsheets request: injected faults, then authentication (401), the request's form (400), quota (429), the spreadsheet (404),
/// sharing (403), then the method. A write runs on a copy that replaces the spreadsheet only when the whole request
/// succeeded, so a failing request changes nothing.
/// </summary>
internal static class ApiEndpoint
{
    /// <summary>Handles one request; it is logged before its response is written, so a client that has the response sees it logged.</summary>
    public static async Task HandleAsync(HttpContext context, EmulatorCore core)
    {
        var request = context.Request;
        var route = ApiRoute.Parse(request.Method, request.Path.Value ?? "");
        void Log(int status, bool applied) =>
            core.Log.Add(new LoggedRequest(route?.Method ?? "unknown", request.Method, request.Path.Value ?? "", status, route?.IsWrite ?? false, applied));
        JsonNode result;
        Fault? fault = null;
        try
        {
            if (route is null)
                throw ApiException.NotFound();
            fault = core.Faults.Take(route.Method);
            if (fault is StatusFault statusFault)
                throw ApiException.ForStatus(statusFault.Code, statusFault.RetryAfter);
            if (fault is DelayFault delay)
                await Task.Delay(delay.Duration, context.RequestAborted);
            var body = await RequestBody.ReadAsync(request, context.RequestAborted);
            result = Execute(core, route, request, body);
        }
        catch (ApiException error)
        {
            Log(error.Code, applied: false);
            await JsonResponses.WriteErrorAsync(context, error);
            return;
        }
        Log(200, applied: true);
        if (fault is LoseResponseFault)
        {
            context.Abort();
            return;
        }
        await JsonResponses.WriteAsync(context, 200, PartialResponse.Filter(result, request.Query["fields"]));
    }

    private static JsonNode Execute(EmulatorCore core, ApiRoute route, HttpRequest request, JsonObject? body)
    {
        var authorization = request.Headers.Authorization.ToString();
        var bearer = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
        lock (core.Gate)
        {
            if (bearer is null || bearer.Length == 0)
                throw ApiException.Unauthenticated(credentialsGiven: authorization.Length > 0);
            var grant = core.Accounts.Authenticate(bearer, core.Options.Time.GetUtcNow())
                ?? throw ApiException.Unauthenticated(credentialsGiven: true);
            RequestValidator.Check(route, request.Query, body);
            core.Quota.Take(grant.Email, route.IsWrite);
            var state = Shared(core, route, grant.Email);
            if (!route.IsWrite)
                return SheetsMethods.Execute(new ApiCall(route, state, request.Query, body, core));
            if (!grant.CanWrite)
                throw new ApiException(403, "PERMISSION_DENIED", "insufficientPermissions", "Request had insufficient authentication scopes.");
            if (!state.Editors[grant.Email])
                throw ApiException.PermissionDenied();
            if (core.Person.TakeBeforeWrite() is { } act)
            {
                act(new EmulatedSpreadsheet(core, route.SpreadsheetId));
                state = Shared(core, route, grant.Email);
            }
            var copy = state.Clone();
            var result = SheetsMethods.Execute(new ApiCall(route, copy, request.Query, body, core));
            core.Spreadsheets[route.SpreadsheetId] = copy;
            return result;
        }
    }

    private static Model.SpreadsheetState Shared(EmulatorCore core, ApiRoute route, string email)
    {
        if (!core.Spreadsheets.TryGetValue(route.SpreadsheetId, out var state))
            throw ApiException.NotFound();
        if (!state.Editors.ContainsKey(email))
            throw ApiException.PermissionDenied();
        return state;
    }
}
