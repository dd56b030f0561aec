using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SheetLeads.Core.Intake;
using SheetLeads.Core.Sync;
using SheetLeads.Worker.MailFolder;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.Tests.MailFolder;

/// <summary>A mail folder in a temp directory, with a real SQLite state file for checkpoints.</summary>
internal sealed class MailFolderFixture : IDisposable
{
    private static int _counter;

    public MailFolderFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sheetleads-mailfolder-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + "-" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture));
        Folder = Path.Combine(Root, "mail");
        Directory.CreateDirectory(Folder);
        State = new SqliteWorkerState(Path.Combine(Root, "state.db"));
    }

    public string Root { get; }

    public string Folder { get; }

    public SqliteWorkerState State { get; }

    public MailFolderChannel Channel(ILogger<MailFolderChannel>? logger = null) =>
        new(new ChannelInfo("mail", "Email"), Folder, State, logger ?? NullLogger<MailFolderChannel>.Instance);

    public string Write(string relativePath, string text, DateTimeOffset? modified = null) =>
        Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)), modified);

    public string Write(string relativePath, byte[] bytes, DateTimeOffset? modified = null)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        if (modified is { } at)
            File.SetLastWriteTimeUtc(path, at.UtcDateTime);
        return path;
    }

    /// <summary>Records the batch as taken in, as a successful cycle does.</summary>
    public Task CommitAsync(ChannelBatch batch) =>
        State.CommitAsync(new CycleRecord(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), [], [batch.Checkpoint], null, null), CancellationToken.None);

    public static string Mail(string messageId, string subject = "Quote please") =>
        $"From: Dan Webb <dan.webb@example.org>\nTo: hello@oakleaf-plumbing.co.uk\nSubject: {subject}\nDate: Thu, 19 Nov 2026 09:00:00 +0000\nMessage-ID: <{messageId}>\n\nPlease call me about a new boiler.\n";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the test over it is not.
        }
    }
}
