using SheetLeads.Core.Sync;
using SheetLeads.Worker.Files;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Tests.Files;

public sealed class FolderScanTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sheetleads-scan-").FullName;
    private readonly SqliteWorkerState _state;

    public FolderScanTests() => _state = new SqliteWorkerState(Path.Combine(_root, "state.db"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Inbox => Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;

    [Fact]
    public async Task A_file_taken_in_is_not_pending_again_until_it_changes()
    {
        var file = Path.Combine(Inbox, "a.eml");
        await File.WriteAllTextAsync(file, "From: a@example.com\r\n\r\nhello");
        var scan = new FolderScan("mail", Inbox, _ => true, _state);
        await CommitAsync(scan, (await scan.PendingAsync(10, CancellationToken.None)).Files);

        var untouched = await scan.PendingAsync(10, CancellationToken.None);
        await File.WriteAllTextAsync(file, "From: a@example.com\r\n\r\nhello again");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(1));
        var changed = await scan.PendingAsync(10, CancellationToken.None);

        Assert.Empty(untouched.Files);
        Assert.Equal(["a.eml"], changed.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public async Task A_file_changed_behind_a_symlink_is_pending_again()
    {
        var target = Path.Combine(_root, "elsewhere.eml");
        await File.WriteAllTextAsync(target, "From: a@example.com\r\n\r\nfirst");
        File.CreateSymbolicLink(Path.Combine(Inbox, "linked.eml"), target);
        var scan = new FolderScan("mail", Inbox, _ => true, _state);
        await CommitAsync(scan, (await scan.PendingAsync(10, CancellationToken.None)).Files);

        await File.WriteAllTextAsync(target, "From: a@example.com\r\n\r\nsecond, longer");
        var pending = await scan.PendingAsync(10, CancellationToken.None);

        Assert.Equal(["linked.eml"], pending.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public async Task Hidden_files_and_office_lock_files_are_never_listed()
    {
        await File.WriteAllTextAsync(Path.Combine(Inbox, ".~lock.x.eml#"), "lock");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "~$x.eml"), "lock");
        await File.WriteAllTextAsync(Path.Combine(Inbox, "real.eml"), "From: a@example.com\r\n\r\nhi");
        var scan = new FolderScan("mail", Inbox, _ => true, _state);

        var pending = await scan.PendingAsync(10, CancellationToken.None);

        Assert.Equal(["real.eml"], pending.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public async Task A_missing_folder_is_a_channel_failure_naming_the_folder()
    {
        var scan = new FolderScan("mail", Path.Combine(_root, "nowhere"), _ => true, _state);

        var failure = await Assert.ThrowsAsync<ChannelException>(() => scan.PendingAsync(10, CancellationToken.None));

        Assert.Equal($"the folder {Path.Combine(_root, "nowhere")} does not exist; create it or fix SheetLeads:Channels Path.", failure.Message);
    }

    private Task CommitAsync(FolderScan scan, IReadOnlyList<FolderFile> files) =>
        _state.CommitAsync(new CycleRecord(DateTimeOffset.UnixEpoch, [], [scan.CheckpointFor(files)], null, null), CancellationToken.None);
}
