using System.IO.Hashing;
using Google.Apis.Services;
using Google.Apis.Util;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// <c>spreadsheets.get</c> with grid data, read as it arrives by <see cref="GridReader"/> into a <see cref="GridRead"/>:
/// the cycle's read of the Leads tab, thousands of rows, without an object per cell (BENCHMARKS.md). An answer with
/// the same 128-bit hash as <c>previous</c> (an idle cycle's) is not read again: <c>previous</c> is the answer.
/// </summary>
internal sealed class ReadGrid : SheetsRequest<GridRead>
{
    private readonly AnswerBuffer _buffer;
    private readonly GridRead? _previous;

    public ReadGrid(IClientService service, string spreadsheetId, IEnumerable<string> ranges, AnswerBuffer buffer, GridRead? previous = null) : base(service, spreadsheetId)
    {
        Ranges = new Repeatable<string>(ranges);
        IncludeGridData = true;
        _buffer = buffer;
        _previous = previous;
    }

    [RequestParameter("ranges", RequestParameterType.Query)]
    public Repeatable<string> Ranges { get; }

    [RequestParameter("includeGridData", RequestParameterType.Query)]
    public bool IncludeGridData { get; }

    public override string Method => "sheets.spreadsheets.get";
    public override string HttpMethod => "GET";
    public override string RestPath => "v4/spreadsheets/{spreadsheetId}";

    public override bool ReadsAsItArrives => true;

    public override async Task<GridRead> ReadAnswerAsync(HttpResponseMessage response, SheetsApi api, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = (await _buffer.ReadAsync(stream, cancellationToken)).Span;
        var digest = XxHash128.Hash(body);
        if (_previous is not null && digest.AsSpan().SequenceEqual(_previous.Digest))
            return _previous;
        var answer = GridReader.Read(body);
        answer.Digest = digest;
        return answer;
    }

    protected override void InitParameters()
    {
        base.InitParameters();
        Query("ranges");
        Query("includeGridData");
    }
}
