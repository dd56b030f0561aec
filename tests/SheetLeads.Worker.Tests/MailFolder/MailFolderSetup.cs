using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.MailFolder;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.FormFolder;
using SheetLeads.Worker.Tests.Mail;

namespace SheetLeads.Worker.Tests.MailFolder;

/// <summary>A mail folder and a real SQLite state file in a temporary directory.</summary>
internal sealed class MailFolderSetup : IDisposable
{
    private static readonly DateTime Earliest = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private readonly string _root = Directory.CreateTempSubdirectory("sheetleads-mail-").FullName;
    private int _files;

    public MailFolderSetup()
    {
        Folder = Path.Combine(_root, "mail");
        Directory.CreateDirectory(Folder);
        State = new SqliteWorkerState(Path.Combine(_root, "state.db"));
    }

    public string Folder { get; }
    public SqliteWorkerState State { get; }
    public CollectingLogger<MailFolderChannel> Log { get; } = new();

    public MailFolderChannel Channel() => new(MailFixtures.Channel, Folder, State, Log);

    /// <summary>Copies a fixture into the folder; each file written is a minute newer than the one before.</summary>
    public string Copy(string fixture, string target) => Write(target, MailFixtures.Bytes(fixture));

    public string Write(string target, byte[] bytes)
    {
        var path = PathOf(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, Earliest.AddMinutes(_files++));
        return path;
    }

    public string PathOf(string target) => Path.Combine(Folder, target);

    public static DateTimeOffset TimeOf(int file) => new(Earliest.AddMinutes(file));

    public Task CommitAsync(ChannelBatch batch) =>
        State.CommitAsync(new CycleRecord(new DateTimeOffset(Earliest), [], [batch.Checkpoint], null, null), CancellationToken.None);

    public static IEnumerable<MailItem> Mails(ChannelBatch batch) => batch.Items.Cast<MailItem>();

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
