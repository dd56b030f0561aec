using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.FormFolder;
using SheetLeads.Worker.Forms;
using SheetLeads.Worker.State;
using SheetLeads.Worker.Tests.Forms;

namespace SheetLeads.Worker.Tests.FormFolder;

/// <summary>A channel folder and a real SQLite state file in a temporary directory.</summary>
internal sealed class FormFolderSetup : IDisposable
{
    private static readonly DateTime Earliest = new(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
    private readonly string _root = Directory.CreateTempSubdirectory("sheetleads-forms-").FullName;
    private int _files;

    public FormFolderSetup()
    {
        Folder = Path.Combine(_root, "forms");
        Directory.CreateDirectory(Folder);
        State = new SqliteWorkerState(Path.Combine(_root, "state.db"));
    }

    public string Folder { get; }
    public SqliteWorkerState State { get; }
    public CollectingLogger<FormFolderChannel> Log { get; } = new();

    public FormFolderChannel Channel(IFormPreset? preset = null, string? folder = null) =>
        new(new ChannelInfo("site", "Website form"), folder ?? Folder, preset ?? new GenericFormPreset(), State, Log);

    /// <summary>Copies a fixture into the folder; each file written is a minute newer than the one before.</summary>
    public string Copy(string fixture, string target) => Write(target, FormFixtures.Bytes(fixture));

    public string Write(string target, string text) => Write(target, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string target, byte[] bytes)
    {
        var path = Path.Combine(Folder, target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, Earliest.AddMinutes(_files++));
        return path;
    }

    public Task CommitAsync(ChannelBatch batch) =>
        State.CommitAsync(new CycleRecord(new DateTimeOffset(Earliest), [], [batch.Checkpoint], null, null), CancellationToken.None);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
