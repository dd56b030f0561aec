using System.Net;
using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Tests.Support;

/// <summary>What came back: status, JSON body and Retry-After.</summary>
internal sealed record Reply(HttpStatusCode Status, JsonNode? Body, TimeSpan? RetryAfter)
{
    public string? ErrorMessage => (string?)Body?["error"]?["message"];

    public string? ErrorStatus => (string?)Body?["error"]?["status"];
}
