namespace SheetLeads.Worker.GoogleSheets.Api;

/// <summary>
/// The bytes of one answer, in a buffer kept from read to read and grown only when an answer is larger than any
/// before: a cycle's read of a large Leads tab then allocates nothing for its bytes. One read at a time (the sheet's
/// turn, <c>SheetTurn</c>).
/// </summary>
internal sealed class AnswerBuffer
{
    private byte[] _bytes = new byte[64 * 1024];

    /// <summary>Reads <paramref name="stream"/> to its end; the bytes stay valid until the next read.</summary>
    public async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var length = 0;
        int read;
        while ((read = await stream.ReadAsync(_bytes.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length == _bytes.Length)
                Array.Resize(ref _bytes, _bytes.Length * 2);
        }
        return _bytes.AsMemory(0, length);
    }
}
