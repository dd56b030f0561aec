using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// A workbook file held open with no sharing while it is changed in memory, then replaced whole: the new contents
/// go to a temporary file in the same folder, which is moved over the original. If anything fails before the move,
/// the original is untouched.
/// </summary>
internal sealed class LockedWorkbookFile(string path, FileStream handle, MemoryStream contents) : IAsyncDisposable
{
    private bool _released;

    /// <summary>The file's contents when it was locked.</summary>
    public MemoryStream Contents { get; } = contents;

    /// <summary>Replaces the file with <paramref name="updated"/> and releases the lock.</summary>
    /// <exception cref="SheetUnavailableException">The new contents could not be saved; the file is unchanged.</exception>
    public async Task ReplaceAsync(MemoryStream updated, CancellationToken cancellationToken)
    {
        string temp;
        try
        {
            temp = await WorkbookFile.WriteTemporaryAsync(path, updated, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SheetUnavailableException($"{path} could not be saved ({e.Message}); it is unchanged and the next cycle tries again.", e);
        }
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Windows cannot replace a file that is open without delete sharing, so the lock ends just before the move.
            await ReleaseAsync();
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SheetUnavailableException($"{path} could not be replaced ({e.Message}); it is unchanged and the next cycle tries again.", e);
        }
        finally
        {
            WorkbookFile.DeleteQuietly(temp);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await Contents.DisposeAsync();
    }

    private async Task ReleaseAsync()
    {
        if (_released)
            return;
        _released = true;
        await handle.DisposeAsync();
    }
}
