using System.Diagnostics;
using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Tests.EndToEnd;

/// <summary>The worker's other commands and its start-up, as a person or a script meets them.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_configuration_error_stops_the_worker_with_every_key_named_and_exit_code_2()
    {
        _workspace.Config["SheetLeads"]!["Business"]!["TimeZone"] = "Mars/Olympus";
        _workspace.Config["SheetLeads"]!["Sync"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "Interval": "00:00:01" }""");

        var run = await _workspace.SyncOnceAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SheetLeads:Business:TimeZone must be an IANA time zone such as Europe/London; 'Mars/Olympus' is not known on this machine.", run.Stderr);
        Assert.Contains("SheetLeads:Sync:Interval must be at least 00:00:10; it is 00:00:01.", run.Stderr);
        Assert.False(File.Exists(_workspace.WorkbookPath));
    }

    [Fact]
    public async Task Init_lays_out_the_workbook_and_a_second_init_changes_nothing()
    {
        var first = await _workspace.RunAsync("init");
        var bytes = await File.ReadAllBytesAsync(_workspace.WorkbookPath);
        var second = await _workspace.RunAsync("init");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(LeadColumns.DefaultHeader, (await LeadsTable.ReadAsync(_workspace.WorkbookPath)).Snapshot.Header);
        Assert.Contains("nothing to change", second.Stdout);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_workspace.WorkbookPath));
    }

    [Fact]
    public async Task Check_gives_a_verdict_per_part_and_names_what_to_fix()
    {
        Directory.Delete(_workspace.FormFolder);

        var run = await _workspace.RunAsync("check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ok   configuration:", run.Stdout);
        Assert.Contains("ok   channel mail:", run.Stdout);
        Assert.Contains($"FAIL channel site:", run.Stdout);
        Assert.Contains(_workspace.FormFolder, run.Stdout);
        Assert.EndsWith("check failed: 1 problem(s) above", run.Stdout.TrimEnd());
    }

    [Fact]
    public async Task A_secret_from_a_file_never_appears_in_the_log()
    {
        const string secret = "pa55-Wor.d-7731";
        await File.WriteAllTextAsync(Path.Combine(_workspace.Root, "smtp-password"), secret);
        _workspace.AddMail("1.eml", Mails.Enquiry("s1@example.com", "Ben Carter <ben@example.com>", "Re-pipe", "Quote for a re-pipe."));
        var environment = new Dictionary<string, string>
        {
            ["SheetLeads__Notifications__Smtp__Password_FILE"] = "smtp-password",
            ["Logging__LogLevel__Default"] = "Trace",
        };

        var run = await _workspace.SyncOnceAsync(environment);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(secret, run.Stderr + run.Stdout);
        Assert.DoesNotContain("ben@example.com", run.Stderr);
    }

    [Fact]
    public async Task Run_syncs_at_once_and_stops_cleanly_on_sigterm()
    {
        _workspace.AddMail("1.eml", Mails.Enquiry("r1@example.com", "Kevin Hughes <kev@example.com>", "Burst pipe", "Burst pipe under the sink."));
        await File.WriteAllTextAsync(_workspace.ConfigPath, _workspace.Config.ToJsonString());
        using var process = WorkerProcess.Start(_workspace.Root, null, "run", "--config", _workspace.ConfigPath);
        var log = new System.Text.StringBuilder();
        var firstCycle = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (log)
                log.AppendLine(e.Data);
            if (e.Data?.Contains("sync ok:", StringComparison.Ordinal) == true)
                firstCycle.TrySetResult();
        };
        process.BeginErrorReadLine();

        await firstCycle.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, process.ExitCode);
        lock (log)
            Assert.Contains("sync ok: taken=1 created=1 ", log.ToString());
        Assert.Single((await LeadsTable.ReadAsync(_workspace.WorkbookPath)).Snapshot.Rows);
    }
}
