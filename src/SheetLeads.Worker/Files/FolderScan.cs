using SheetLeads.Core.Sync;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Files;

/// <summary>
/// Lists the files of a folder channel that have not been taken in: every file below the folder (hidden files
/// and editors' lock files left out) that the channel's checkpoint does not record with the same size and time.
/// Oldest first, so a backlog is taken in the order it arrived.
/// </summary>
internal sealed class FolderScan(string channel, string root, Func<string, bool> include, ICheckpointStore checkpoints)
{
    public string Root { get; } = root;

    /// <summary>Files not taken in yet, at most <paramref name="limit"/>, and whether more are waiting.</summary>
    /// <exception cref="ChannelException">The folder does not exist or cannot be listed.</exception>
    public async Task<(IReadOnlyList<FolderFile> Files, bool HasMore)> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
            throw new ChannelException($"the folder {Root} does not exist; create it or fix SheetLeads:Channels Path.");
        var taken = await checkpoints.ReadCheckpointAsync(channel, cancellationToken);
        List<FolderFile> pending;
        try
        {
            pending = List().Where(f => !taken.TryGetValue(f.RelativePath, out var stamp) || stamp != f.Stamp).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ChannelException($"the folder {Root} cannot be listed: {e.Message}", e);
        }
        pending.Sort((a, b) => a.Modified != b.Modified ? a.Modified.CompareTo(b.Modified) : string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (pending.Take(limit).ToArray(), pending.Count > limit);
    }

    /// <summary>The checkpoint that records these files as taken in.</summary>
    public ChannelCheckpoint CheckpointFor(IEnumerable<FolderFile> files) =>
        new(channel, files.ToDictionary(f => f.RelativePath, f => (string?)f.Stamp, StringComparer.Ordinal));

    private IEnumerable<FolderFile> List()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(Root, "*", options))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || !include(path))
                continue;
            var info = new FileInfo(path);
            if (!info.Exists)
                continue;
            // A symlinked file is judged by its target, so an edit behind the link is read again; a dangling link
            // is listed as it is, so reading it fails and is reported.
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
                info = target;
            var relative = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            yield return new FolderFile(path, relative, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
        }
    }
}
