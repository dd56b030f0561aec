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
            byte[] raw;
            try
            {
                // An empty file needs no read. A FIFO or device named like a mail also lists as empty, and opening
                // one would block the whole cycle until some writer appeared: it is taken as the empty input it shows.
                raw = file.Length == 0 ? [] : await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"cannot read {file.RelativePath}: {e.Message}; it will be tried again next cycle");
                continue;
            }
            items.Add(new MailItem(MimeMailReader.Read(raw, file.Modified), file.RelativePath));
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

    // *.eml anywhere; any file inside a Maildir's cur/ or new/ (Maildir names carry no extension).
    private static bool IsMailFile(string path)
    {
        if (path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
            return true;
        var parent = Path.GetFileName(Path.GetDirectoryName(path));
        return parent is "cur" or "new";
    }
}
