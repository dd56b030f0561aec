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
/// <c>cur</c> or <c>new</c> folder. Files are never moved or deleted; the checkpoint remembers which were taken in.
/// A file that cannot be read now stays out of the batch and out of the checkpoint, so it is tried again next
/// cycle and never lost.
/// </summary>
internal sealed class MailFolderChannel : IChannel, ICheckable
{
    private readonly FolderScan _scan;
    private readonly ILogger<MailFolderChannel> _logger;

    public MailFolderChannel(ChannelInfo info, string folder, ICheckpointStore checkpoints, ILogger<MailFolderChannel> logger)
    {
        Info = info;
        _scan = new FolderScan(info.Name, folder, IsMailFile, checkpoints);
        _logger = logger;
    }

    public ChannelInfo Info { get; }

    public async Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var (files, hasMore) = await _scan.PendingAsync(limit, cancellationToken);
        var items = new List<ChannelItem>(files.Count);
        var taken = new List<FolderFile>(files.Count);
        var problems = new List<string>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (mail, problem) = await ReadMailAsync(file, cancellationToken);
            if (mail is null)
            {
                problems.Add($"cannot read {file.RelativePath}: {problem}; it will be tried again next cycle");
                continue;
            }
            items.Add(new MailItem(mail, file.RelativePath));
            taken.Add(file);
        }
        _logger.BatchRead(Info.Name, items.Count, problems.Count, hasMore);
        return new ChannelBatch(items, _scan.CheckpointFor(taken), problems, hasMore);
    }

    /// <summary>Nothing to mark: a folder's files are never moved or deleted.</summary>
    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var subject = "channel " + Info.Name;
        try
        {
            var (files, _) = await _scan.PendingAsync(int.MaxValue, cancellationToken);
            return [new CheckVerdict(subject, true, $"the folder {_scan.Root} can be read; {files.Count} mail files are waiting to be taken in")];
        }
        catch (ChannelException e)
        {
            return [new CheckVerdict(subject, false, e.Message)];
        }
    }

    // A Maildir's messages have no extension; its tmp folder holds messages still being written.
    private static bool IsMailFile(string path) =>
        path.EndsWith(".eml", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(Path.GetDirectoryName(path)) is "cur" or "new";

    private async Task<(MailMessage? Mail, string? Problem)> ReadMailAsync(FolderFile file, CancellationToken cancellationToken)
    {
        try
        {
            var (head, digest, cut) = await MailFileReader.ReadAsync(file.FullPath, cancellationToken);
            if (cut)
                _logger.FileCut(Info.Name, file.RelativePath, MailFileReader.ParsedBytes);
            return (MimeMailReader.Read(head, digest, file.Modified), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.FileUnreadable(Info.Name, file.RelativePath, e);
            return (null, e.Message.TrimEnd('.'));
        }
    }
}
