using System.Globalization;
using System.Text.Json.Nodes;
using SheetLeads.Worker.Tests.Imap;

namespace SheetLeads.Benchmarks.Budgets;

/// <summary>The channel settings (SPEC §10) of the benchmark's deployments.</summary>
internal static class Channels
{
    public static JsonObject Mailbox(PrivateDovecot dovecot) => new()
    {
        ["Name"] = "enquiries",
        ["Kind"] = "Imap",
        ["Source"] = "Email",
        ["Host"] = "127.0.0.1",
        ["Port"] = dovecot.Port.ToString(CultureInfo.InvariantCulture),
        ["Security"] = "None",
        ["Username"] = PrivateDovecot.User,
        ["Password"] = PrivateDovecot.Password,
    };

    public static JsonObject MailFolder(string path) => new() { ["Name"] = "mail", ["Kind"] = "MailFolder", ["Source"] = "Email", ["Path"] = path };
}
