using System.Text.Json.Nodes;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Imap;

/// <summary>A test's deployment folder, with no channel but the mailbox the test configures, and its private Dovecot.</summary>
public abstract class MailboxTest : IAsyncLifetime, IDisposable
{
    protected MailboxTest() => Workspace.Config["SheetLeads"]!["Channels"] = new JsonArray();

    private protected Workspace Workspace { get; } = new();

    private protected PrivateDovecot Dovecot { get; private set; } = null!;

    /// <summary>The Dovecot this test needs; a plain one unless overridden.</summary>
    private protected virtual Task<PrivateDovecot> StartDovecotAsync() => PrivateDovecot.StartAsync();

    public virtual async Task InitializeAsync() => Dovecot = await StartDovecotAsync();

    public virtual async Task DisposeAsync() => await Dovecot.DisposeAsync();

    public void Dispose()
    {
        Workspace.Dispose();
        GC.SuppressFinalize(this);
    }
}
