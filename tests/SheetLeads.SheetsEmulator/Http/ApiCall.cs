using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Http;

/// <summary>One API request as a method sees it: the spreadsheet (a working copy for writes), parameters and body.</summary>
internal sealed record ApiCall(ApiRoute Route, SpreadsheetState Spreadsheet, IQueryCollection Query, JsonObject? Body, EmulatorCore Core)
{
    public string? Parameter(string name) => Query.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

    public IReadOnlyList<string> Parameters(string name) =>
        Query.TryGetValue(name, out var values) ? values.Where(v => v is not null).Select(v => v!).ToList() : [];

    public bool Flag(string name) => string.Equals(Parameter(name), "true", StringComparison.OrdinalIgnoreCase);

    public JsonObject RequiredBody => Body ?? new JsonObject();
}
