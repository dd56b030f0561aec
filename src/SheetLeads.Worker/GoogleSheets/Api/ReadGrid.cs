using System.Buffers;
using System.Security.Cryptography;
using Google.Apis.Services;
using Google.Apis.Util;

namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// <c>spreadsheets.get</c> with grid data, read as it arrives by <see cref="GridReader"/> into a <see cref="GridRead"/>:
/// the cycle's read of the Leads tab, thousands of rows, without an object per cell (BENCHMARKS.md). An answer byte
/// for byte the same as <c>previous</c> (an idle cycle's) is not read again: <c>previous</c> is the answer.
/// </summary>
internal sealed class ReadGrid : SheetsRequest<GridRead>
{
    private readonly GridRead? _previous;

    public ReadGrid(IClientService service, string spreadsheetId, IEnumerable<string> ranges, GridRead? previous = null) : base(service, spreadsheetId)
    {
        Ranges = new Repeatable<string>(ranges);
        IncludeGridData = true;
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
        // The body goes into one pooled buffer, grown as needed: the next cycle's read reuses it.
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length < buffer.Length)
                    continue;
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            var body = buffer.AsSpan(0, length);
            var digest = SHA256.HashData(body);
            if (_previous is not null && digest.AsSpan().SequenceEqual(_previous.Digest))
                return _previous;
            var answer = GridReader.Read(body);
            answer.Digest = digest;
            return answer;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override void InitParameters()
    {
        base.InitParameters();
        Query("ranges");
        Query("includeGridData");
    }
}
