using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Services;
using Google.Apis.Util;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>One Sheets v4 method on one spreadsheet: its REST path, query parameters and body.</summary>
internal abstract class SheetsRequest<TResponse> : ClientServiceRequest<TResponse>
{
    protected SheetsRequest(IClientService service, string spreadsheetId) : base(service)
    {
        SpreadsheetId = spreadsheetId;
#pragma warning disable CA2214 // Google.Apis's own generated requests register their parameters from the constructor too.
        InitParameters();
#pragma warning restore CA2214
    }

    [RequestParameter("spreadsheetId", RequestParameterType.Path)]
    public string SpreadsheetId { get; }

    /// <summary>Google's partial-response mask, e.g. <c>sheets.properties</c>: only what is named is sent back.</summary>
    [RequestParameter("fields", RequestParameterType.Query)]
    public string? Fields { get; set; }

    /// <summary>The method's name in the discovery document, e.g. <c>spreadsheets.values.append</c>.</summary>
    public abstract string Method { get; }

    public override string MethodName => Method[(Method.LastIndexOf('.') + 1)..];

    /// <summary>
    /// Whether the answer is read from the connection as it arrives (<see cref="ReadAnswerAsync"/> then reads it,
    /// within the request timeout) rather than buffered whole first.
    /// </summary>
    public virtual bool ReadsAsItArrives => false;

    /// <summary>Reads a successful answer: by Google.Apis's serializer unless the method reads its own.</summary>
    public virtual Task<TResponse> ReadAnswerAsync(HttpResponseMessage response, SheetsApi api, CancellationToken cancellationToken) =>
        api.DeserializeResponse<TResponse>(response);

    protected override void InitParameters()
    {
        base.InitParameters();
        Path("spreadsheetId");
        Query("fields");
    }

    protected void Path(string name) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = true, ParameterType = "path" });

    protected void Query(string name) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = false, ParameterType = "query" });
}
