using Google.Apis.Services;
using Google.Apis.Util;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary><c>spreadsheets.get</c>.</summary>
internal sealed class GetSpreadsheet : SheetsRequest<Spreadsheet>
{
    public GetSpreadsheet(IClientService service, string spreadsheetId) : base(service, spreadsheetId) => InitParameters();

    [RequestParameter("ranges", RequestParameterType.Query)]
    public Repeatable<string>? Ranges { get; set; }

    [RequestParameter("includeGridData", RequestParameterType.Query)]
    public bool? IncludeGridData { get; set; }

    public override string Method => "sheets.spreadsheets.get";
    public override string HttpMethod => "GET";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}";

    protected override void InitParameters()
    {
        base.InitParameters();
        Query("ranges");
        Query("includeGridData");
    }
}

/// <summary><c>spreadsheets.batchUpdate</c>: all requests applied, or none.</summary>
internal sealed class BatchUpdateSpreadsheet : SheetsRequest<BatchUpdateSpreadsheetResponse>
{
    private readonly BatchUpdateSpreadsheetRequest _body;

    // Google.Apis fills RequestParameters in InitParameters; a request that skips it cannot be sent.
    public BatchUpdateSpreadsheet(IClientService service, string spreadsheetId, BatchUpdateSpreadsheetRequest body) : base(service, spreadsheetId)
    {
        _body = body;
        InitParameters();
    }

    public override string Method => "sheets.spreadsheets.batchUpdate";
    public override string HttpMethod => "POST";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}:batchUpdate";
    protected override object GetBody() => _body;
}

/// <summary><c>spreadsheets.values.batchGet</c>.</summary>
internal sealed class BatchGetValues : SheetsRequest<BatchGetValuesResponse>
{
    public BatchGetValues(IClientService service, string spreadsheetId) : base(service, spreadsheetId) => InitParameters();

    [RequestParameter("ranges", RequestParameterType.Query)]
    public Repeatable<string>? Ranges { get; set; }

    [RequestParameter("valueRenderOption", RequestParameterType.Query)]
    public string? ValueRenderOption { get; set; }

    public override string Method => "sheets.spreadsheets.values.batchGet";
    public override string HttpMethod => "GET";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values:batchGet";

    protected override void InitParameters()
    {
        base.InitParameters();
        Query("ranges");
        Query("valueRenderOption");
    }
}

/// <summary><c>spreadsheets.values.append</c>.</summary>
internal sealed class AppendValues : SheetsRequest<AppendValuesResponse>
{
    private readonly ValueRange _body;

    public AppendValues(IClientService service, string spreadsheetId, string range, ValueRange body) : base(service, spreadsheetId)
    {
        Range = range;
        _body = body;
        InitParameters();
    }

    [RequestParameter("range", RequestParameterType.Path)]
    public string Range { get; }

    [RequestParameter("valueInputOption", RequestParameterType.Query)]
    public string? ValueInputOption { get; set; }

    [RequestParameter("insertDataOption", RequestParameterType.Query)]
    public string? InsertDataOption { get; set; }

    public override string Method => "sheets.spreadsheets.values.append";
    public override string HttpMethod => "POST";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values/{range}:append";
    protected override object GetBody() => _body;

    protected override void InitParameters()
    {
        base.InitParameters();
        Path("range");
        Query("valueInputOption");
        Query("insertDataOption");
    }
}

/// <summary><c>spreadsheets.values.batchGetByDataFilter</c>.</summary>
internal sealed class BatchGetValuesByDataFilter : SheetsRequest<BatchGetValuesByDataFilterResponse>
{
    private readonly BatchGetValuesByDataFilterRequest _body;

    // Google.Apis fills RequestParameters in InitParameters; a request that skips it cannot be sent.
    public BatchGetValuesByDataFilter(IClientService service, string spreadsheetId, BatchGetValuesByDataFilterRequest body) : base(service, spreadsheetId)
    {
        _body = body;
        InitParameters();
    }

    public override string Method => "sheets.spreadsheets.values.batchGetByDataFilter";
    public override string HttpMethod => "POST";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values:batchGetByDataFilter";
    protected override object GetBody() => _body;
}

/// <summary><c>spreadsheets.values.batchUpdateByDataFilter</c>.</summary>
internal sealed class BatchUpdateValuesByDataFilter : SheetsRequest<BatchUpdateValuesByDataFilterResponse>
{
    private readonly BatchUpdateValuesByDataFilterRequest _body;

    // Google.Apis fills RequestParameters in InitParameters; a request that skips it cannot be sent.
    public BatchUpdateValuesByDataFilter(IClientService service, string spreadsheetId, BatchUpdateValuesByDataFilterRequest body) : base(service, spreadsheetId)
    {
        _body = body;
        InitParameters();
    }

    public override string Method => "sheets.spreadsheets.values.batchUpdateByDataFilter";
    public override string HttpMethod => "POST";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}/values:batchUpdateByDataFilter";
    protected override object GetBody() => _body;
}
