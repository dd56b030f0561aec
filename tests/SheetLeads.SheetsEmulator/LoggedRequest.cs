namespace SheetLeads.SheetsEmulator;

/// <summary>One request the emulator answered (or aborted).</summary>
/// <param name="Method">Google's method name, e.g. "values.append", "spreadsheets.batchUpdate", "token".</param>
/// <param name="HttpMethod">GET, POST, PUT.</param>
/// <param name="Path">The request path as received.</param>
/// <param name="Status">The status answered, or the status that would have been answered when the response was lost.</param>
/// <param name="IsWrite">Whether the method counts against the write quota.</param>
/// <param name="Applied">Whether the request changed (or, for reads, was served from) the spreadsheet.</param>
public sealed record LoggedRequest(string Method, string HttpMethod, string Path, int Status, bool IsWrite, bool Applied);
