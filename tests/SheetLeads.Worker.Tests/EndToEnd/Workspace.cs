using System.Text.Json;
using System.Text.Json.Nodes;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>
/// A temporary folder laid out like a deployment: a config file, a mail folder, a form folder and a data folder,
/// with the business of SPEC §10's example. Relative paths in the config resolve against this folder.
/// </summary>
internal sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Directory.CreateTempSubdirectory("sheetleads-e2e-").FullName;
        Directory.CreateDirectory(MailFolder);
        Directory.CreateDirectory(FormFolder);
        Config = JsonNode.Parse("""
            { "SheetLeads": {
                "Business": { "Name": "Brightpath Plumbing", "TimeZone": "Europe/London", "DefaultRegion": "GB",
                              "OwnDomains": ["brightpath.example"] },
                "Team": { "Members": [ { "Name": "Alice Hart" }, { "Name": "Bob Singh" } ],
                          "Assignment": { "Rules": [ { "Keyword": "boiler", "Owner": "Bob Singh" } ] } },
                "Sheet": { "Backend": "Workbook", "Workbook": { "Path": "data/leads.xlsx" } },
                "Channels": [
                  { "Name": "mail", "Kind": "MailFolder", "Source": "Email", "Path": "mail" },
                  { "Name": "site", "Kind": "FormFolder", "Source": "Website form", "Path": "forms", "Preset": "Generic" } ],
                "State": { "Path": "data/state.db" },
                "Notifications": { "From": "sheetleads@brightpath.example" } } }
            """)!;
    }

    public string Root { get; }
    public JsonNode Config { get; }
    public string ConfigPath => Path.Combine(Root, "appsettings.json");
    public string MailFolder => Path.Combine(Root, "mail");
    public string FormFolder => Path.Combine(Root, "forms");
    public string WorkbookPath => Path.Combine(Root, "data", "leads.xlsx");

    public void AddMail(string name, string text) =>
        File.WriteAllText(Path.Combine(MailFolder, name), text.ReplaceLineEndings("\r\n"));

    public void AddForm(string name, string json) => File.WriteAllText(Path.Combine(FormFolder, name), json);

    public Task<WorkerRun> RunAsync(params string[] args) => RunAsync(null, args);

    public Task<WorkerRun> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        File.WriteAllText(ConfigPath, Config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return WorkerProcess.RunAsync(Root, environment, [.. args, "--config", ConfigPath]);
    }

    /// <summary>Starts the worker (e.g. <c>run</c>) and leaves it running; the caller stops it.</summary>
    public System.Diagnostics.Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        File.WriteAllText(ConfigPath, Config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return WorkerProcess.Start(Root, environment, [.. args, "--config", ConfigPath]);
    }

    public Task<WorkerRun> SyncOnceAsync(IReadOnlyDictionary<string, string>? environment = null) => RunAsync(environment, "sync", "--once");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
