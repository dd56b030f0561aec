using System.Security.Cryptography;

namespace SheetLeads.Worker.MailFolder;

/// <summary>
/// Reads one mail file with bounded memory and time: the digest covers the whole file (up to
/// <see cref="HashedBytes"/>), only the first <see cref="ParsedBytes"/> are kept for parsing (the headers and
/// text come first, attachments last), and a file of size zero is never opened — a FIFO or a device in the
/// folder reports size zero, and opening one would block the channel or never end.
/// </summary>
internal static class MailFileReader
{
    /// <summary>How much of a file is kept for parsing.</summary>
    public const int ParsedBytes = 16 * 1024 * 1024;

    /// <summary>How much of a file is read at all; far above any mail server's size limit.</summary>
    public const long HashedBytes = 256L * 1024 * 1024;

    private const int BufferSize = 64 * 1024;

    /// <summary>The bytes to parse, the digest of the file, and whether the file was longer than what is parsed.</summary>
    /// <exception cref="IOException">The file vanished, is locked, or a link points nowhere.</exception>
    /// <exception cref="UnauthorizedAccessException">The worker may not read it.</exception>
    public static async Task<(ReadOnlyMemory<byte> Head, string Digest, bool Cut)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var length = RealLength(path);
        if (length == 0)
            return (ReadOnlyMemory<byte>.Empty, Convert.ToHexStringLower(SHA256.HashData([])), false);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var head = new MemoryStream((int)Math.Min(length, ParsedBytes));
        var buffer = new byte[BufferSize];
        long total = 0;
        int read;
        while (total < HashedBytes && (read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var chunk = buffer.AsMemory(0, (int)Math.Min(read, HashedBytes - total));
            hash.AppendData(chunk.Span);
            if (head.Length < ParsedBytes)
                head.Write(chunk.Span[..(int)Math.Min(chunk.Length, ParsedBytes - head.Length)]);
            total += chunk.Length;
        }
        var kept = head.TryGetBuffer(out var buffered) ? buffered.AsMemory() : head.ToArray();
        return (kept, Convert.ToHexStringLower(hash.GetHashAndReset()), total > head.Length);
    }

    // A symbolic link's own size is the length of its target's name: the target's size is what counts.
    private static long RealLength(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
            info = target;
        return info.Length;
    }
}
