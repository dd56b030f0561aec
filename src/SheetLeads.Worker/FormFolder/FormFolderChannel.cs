using System.Globalization;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.Files;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.FormFolder;

/// <summary>
/// A folder of form-submission JSON files (SPEC §1 local channels, §10 <c>FormFolder</c>): every <c>*.json</c>
/// below the folder is one generic submission or one page of the preset's API. A file is checkpointed with its
/// size and time once the sheet holds what it read, so it is read once, and again only after it changes (its
/// references then dedupe what was already taken in). A file that cannot be read now is reported and retried.
/// </summary>
internal sealed class FormFolderChannel : IChannel, ICheckable
{
    // Far above any page a form API returns (Typeform's largest is 1,000 responses); keeps a stray dump off a 512 MB box.
    internal const long MaxFileBytes = 32L * 1024 * 1024;

    private readonly IFormPreset _preset;
    private readonly ILogger<FormFolderChannel> _logger;
    private readonly FolderScan _scan;

    public FormFolderChannel(ChannelInfo info, string folder, IFormPreset preset, ICheckpointStore checkpoints, ILogger<FormFolderChannel> logger)
    {
        Info = info;
        _preset = preset;
        _logger = logger;
        _scan = new FolderScan(info.Name, folder, IsJson, checkpoints);
    }

    public ChannelInfo Info { get; }

    public async Task<ChannelBatch> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var (files, hasMore) = await _scan.PendingAsync(limit, cancellationToken);
        var items = new List<ChannelItem>();
        var taken = new List<FolderFile>();
        var problems = new List<string>();
        foreach (var file in files)
        {
            if (file.Length > MaxFileBytes)
            {
                problems.Add($"{file.FullPath} is larger than the {Megabytes(MaxFileBytes)} MB a form file may have ({file.Length.ToString(CultureInfo.InvariantCulture)} bytes); split it into pages");
                continue;
            }
            var reading = await ReadFileAsync(file, problems, cancellationToken);
            if (reading is null)
                continue;
            // Never split a file across batches: its checkpoint covers all of it. The first file always fits, so a
            // page larger than the limit still moves on.
            if (items.Count > 0 && items.Count + reading.Items.Count > limit)
            {
                _logger.BatchFull(Info.Name, file.RelativePath, limit);
                hasMore = true;
                break;
            }
            items.AddRange(reading.Items);
            taken.Add(file);
        }
        return new ChannelBatch(items, _scan.CheckpointFor(taken), problems, hasMore);
    }

    // Files are only read: nothing to mark.
    public Task AcknowledgeAsync(ChannelBatch batch, IReadOnlyList<ItemOutcome> outcomes, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var subject = "channel " + Info.Name;
        try
        {
            var (pending, _) = await _scan.PendingAsync(int.MaxValue, cancellationToken);
            return [new CheckVerdict(subject, true,
                $"reads {_preset.Name} form files (*.json) below {_scan.Root}; {pending.Count} not taken in yet")];
        }
        catch (ChannelException e)
        {
            return [new CheckVerdict(subject, false, e.Message)];
        }
    }

    private async Task<FormFileReading?> ReadFileAsync(FolderFile file, List<string> problems, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            _logger.FileGone(Info.Name, file.RelativePath);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.FileUnreadable(Info.Name, file.RelativePath, e);
            problems.Add($"{file.FullPath} cannot be read ({e.Message}); it is tried again next cycle");
            return null;
        }
        if (Changed(file, bytes.Length))
        {
            // Still being written: what was read may be half a file. Its next stamp brings it back.
            _logger.FileChanging(Info.Name, file.RelativePath);
            return null;
        }
        FormFileReading reading;
        try
        {
            reading = FormFileReader.Read(file.RelativePath, file.FullPath, bytes, _preset);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser fault, not a bad file: keep the file for the next cycle rather than record its enquiries as skipped.
            _logger.FileFailed(Info.Name, file.RelativePath, _preset.Name, e);
            problems.Add($"{file.FullPath} could not be read as {_preset.Name} ({e.GetType().Name}); it is tried again next cycle");
            return null;
        }
        foreach (var unreadable in reading.Items.OfType<UnreadableItem>())
            _logger.FileUnparseable(Info.Name, unreadable.Problem);
        if (reading.LeftOut > 0)
            _logger.SubmissionsLeftOut(Info.Name, file.RelativePath, reading.LeftOut);
        var submissions = reading.Items.Count(i => i is FormItem);
        _logger.FileRead(Info.Name, file.RelativePath, submissions);
        return reading;
    }

    private static bool Changed(FolderFile file, long readLength)
    {
        var now = new FileInfo(file.FullPath);
        return readLength != file.Length || !now.Exists || now.Length != file.Length
            || new DateTimeOffset(now.LastWriteTimeUtc, TimeSpan.Zero) != file.Modified;
    }

    private static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
