using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The workbook file on disk. Reads share the file; writes lock it (<see cref="LockedWorkbookFile"/>) and replace
/// it whole through a temporary file in the same folder, so a crash or a full disk never leaves half a workbook.
/// </summary>
internal static class WorkbookFile
{
    private const int BufferSize = 81920;

    /// <summary>True when there is no workbook yet (no file, or an empty one that holds nothing to lose).</summary>
    public static bool IsMissing(string path)
    {
        var file = new FileInfo(path);
        return !file.Exists || file.Length == 0;
    }

    /// <summary>The file's bytes, read while letting others read and write it.</summary>
    /// <exception cref="SheetUnavailableException">The file cannot be read now.</exception>
    public static async Task<MemoryStream> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, useAsync: true);
            return await CopyAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SheetUnavailableException($"{path} does not exist any more; the next cycle creates it again.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SheetUnavailableException($"SheetLeads may not read {path} ({e.Message}); give the user it runs as access to the file.", e);
        }
        catch (IOException e)
        {
            throw new SheetUnavailableException($"{path} cannot be read now ({e.Message}); it is retried next cycle.", e);
        }
    }

    /// <summary>Locks the file for writing and reads it.</summary>
    /// <exception cref="SheetUnavailableException">The file is open in another program, locked, gone or not writable.</exception>
    public static async Task<LockedWorkbookFile> LockAsync(string path, CancellationToken cancellationToken)
    {
        if (OfficeLockFile.Find(path) is { } lockFile)
            throw Locked(path, lockFile, " If nobody has it open, delete that lock file.");
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, BufferSize, useAsync: true);
            var contents = await CopyAsync(file, cancellationToken);
            var locked = new LockedWorkbookFile(path, file, contents);
            file = null;
            return locked;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SheetUnavailableException($"{path} was removed since it was read; nothing was written, the next cycle creates it again.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SheetUnavailableException($"SheetLeads may not write {path} ({e.Message}); give the user it runs as write access to the file and its folder.", e);
        }
        catch (IOException e)
        {
            throw Locked(path, "the file is locked", "", e);
        }
        finally
        {
            if (file is not null)
                await file.DisposeAsync();
        }
    }

    /// <summary>Saves a new workbook at <paramref name="path"/> (and its folder); false when a file appeared there meanwhile.</summary>
    /// <exception cref="SheetUnavailableException">The folder or file cannot be written.</exception>
    public static async Task<bool> CreateAsync(string path, MemoryStream contents, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = await WriteTemporaryAsync(path, contents, cancellationToken);
            try
            {
                if (File.Exists(path) && new FileInfo(path).Length > 0)
                    return false;
                File.Move(temp, path, overwrite: true);
                return true;
            }
            finally
            {
                DeleteQuietly(temp);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SheetUnavailableException($"{path} cannot be created ({e.Message}); check that its folder exists or can be created and is writable.", e);
        }
    }

    /// <summary>The SheetUnavailableException for a workbook someone has open.</summary>
    public static SheetUnavailableException Locked(string path, string why, string hint, Exception? inner = null) =>
        new($"{path} is open in another program ({why}); close it and the next cycle writes the leads.{hint}", inner);

    /// <summary>Writes the contents to a new hidden file next to <paramref name="path"/>, flushed to disk, and returns its path.</summary>
    public static async Task<string> WriteTemporaryAsync(string path, MemoryStream contents, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            contents.Position = 0;
            await contents.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
            file.Close();
            if (!OperatingSystem.IsWindows() && File.Exists(path))
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
        return temp;
    }

    /// <summary>Removes a temporary file if it is still there.</summary>
    public static void DeleteQuietly(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file holds no one's data; the workbook itself is what matters.
        }
    }

    private static async Task<MemoryStream> CopyAsync(FileStream file, CancellationToken cancellationToken)
    {
        var contents = new MemoryStream(file.CanSeek ? (int)Math.Min(file.Length, int.MaxValue) : 0);
        await file.CopyToAsync(contents, cancellationToken);
        contents.Position = 0;
        return contents;
    }
}
