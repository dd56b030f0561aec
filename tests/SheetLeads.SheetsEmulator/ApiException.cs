using System.Globalization;

namespace SheetLeads.SheetsEmulator;

/// <summary>An answer in Google's error shape: {"error":{"code","message","errors":[...],"status"}}.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string status, string reason, string message, TimeSpan? retryAfter = null)
        : base(message)
    {
        Code = code;
        Status = status;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    public int Code { get; }

    public string Status { get; }

    public string Reason { get; }

    public TimeSpan? RetryAfter { get; }

    public static ApiException BadRequest(string message) => new(400, "INVALID_ARGUMENT", "badRequest", message);

    public static ApiException NotFound() => new(404, "NOT_FOUND", "notFound", "Requested entity was not found.");

    public static ApiException PermissionDenied() =>
        new(403, "PERMISSION_DENIED", "forbidden", "The caller does not have permission");

    public static ApiException Unauthenticated(bool credentialsGiven) => new(401, "UNAUTHENTICATED", "unauthorized",
        credentialsGiven
            ? "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project."
            : "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.");

    /// <summary>The answer an injected fault gives for a status code, worded as Google words it.</summary>
    public static ApiException ForStatus(int code, TimeSpan? retryAfter) => code switch
    {
        400 => BadRequest("Invalid argument."),
        401 => Unauthenticated(true),
        403 => PermissionDenied(),
        404 => NotFound(),
        409 => new(409, "ABORTED", "aborted", "The operation was aborted."),
        429 => new(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded",
            "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.",
            retryAfter),
        500 => new(500, "INTERNAL", "backendError", "Internal error encountered.", retryAfter),
        502 => new(502, "UNAVAILABLE", "backendError", "Bad Gateway", retryAfter),
        503 => new(503, "UNAVAILABLE", "backendError", "The service is currently unavailable.", retryAfter),
        504 => new(504, "DEADLINE_EXCEEDED", "backendError", "The request timed out. Please try again.", retryAfter),
        _ => new(code, "UNKNOWN", "unknown", string.Create(CultureInfo.InvariantCulture, $"Injected status {code}."), retryAfter),
    };
}
