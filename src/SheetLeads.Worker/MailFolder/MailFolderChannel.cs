using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Files;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Mail;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.MailFolder;

/// <summary>
/// SPEC §1's local mail channel: every <c>*.eml</c> file below a folder, and every file in a Maildir's
/// <c>cur</c> and <c>new</c> folders. Each file is taken in once (its checkpoint is committed with the cycle);
/// files are never moved or deleted. A file that cannot be read now is reported and tried again next cycle.
/// </summary>
internal sealed class MailFolderChannel(ChannelInfo info, string folder, ICheckpointStore checkpoints, ILogger<MailFolderChannel> logger)
    : IChannel, ICheckable
{
    /// <summary>
    /// The most of one mail file held in memory (on a 512 MB box, SPEC §9): far above any message a mail server
    /// accepts; of a larger file only this much is parsed.
    /// </summary>
    internal const int MaxReadBytes = 32 * 1024 * 1024;

    private readonly FolderScan _scan = new(info.Name, folder, IsMailFile, checkpoints);

    public ChannelInfo Info { get; } = info;

    public async Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var (files, hasMore) = await _scan.PendingAsync(limit, cancellationToken);
        var items = new List<ChannelItem>(files.Count);
        var taken = new List<FolderFile>(files.Count);
        var problems = new List<string>();
        foreach (var file in files)
        {
            MailMessage mail;
            try
            {
                // An empty file needs no read. A FIFO or device named like a mail also lists as empty, and opening
                // one would block the whole cycle until some writer appeared: it is taken as the empty input it shows.
                mail = file.Length == 0 ? MimeMailReader.Read([], file.Modified)
                    : file.Length <= MaxReadBytes ? MimeMailReader.Read(await File.ReadAllBytesAsync(file.FullPath, cancellationToken), file.Modified)
                    : await ReadHeadAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"cannot read {file.RelativePath}: {e.Message}; it will be tried again next cycle");
                continue;
            }
            items.Add(new MailItem(mail, file.RelativePath));
            taken.Add(file);
        }
        logger.FolderRead(Info.Name, items.Count, problems.Count);
        return new ChannelBatch(items, _scan.CheckpointFor(taken), problems, hasMore);
    }

    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var subject = $"channel {Info.Name}";
        try
        {
            var (files, hasMore) = await _scan.PendingAsync(int.MaxValue, cancellationToken);
            return [new CheckVerdict(subject, true, $"{folder} is readable; {files.Count}{(hasMore ? "+" : "")} mail file(s) waiting")];
        }
        catch (ChannelException e)
        {
            return [new CheckVerdict(subject, false, e.Message)];
        }
    }

    // Only the first MaxReadBytes are held (headers and text come before attachments); the digest covers every byte.
    private static async Task<MailMessage> ReadHeadAsync(FolderFile file, CancellationToken cancellationToken)
    {
        var head = new byte[MaxReadBytes];
        var kept = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        await using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            var copy = Math.Min(read, head.Length - kept);
            Array.Copy(buffer, 0, head, kept, copy);
            kept += copy;
        }
        var digest = Convert.ToHexStringLower(hash.GetHashAndReset());
        return MimeMailReader.Read(kept == head.Length ? head : head[..kept], digest, file.Modified);
    }

    // *.eml anywhere; any file inside a Maildir's cur/ or new/ (Maildir names carry no extension).
    private static bool IsMailFile(string path)
    {
        if (path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
            return true;
        var parent = Path.GetFileName(Path.GetDirectoryName(path));
        return parent is "cur" or "new";
    }
}
