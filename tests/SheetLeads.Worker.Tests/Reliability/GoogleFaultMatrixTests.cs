using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.GoogleSheets;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8 item 2, the Google side of the fault matrix: one worker in <c>run</c> mode meets a 429 storm, a 503 storm,
/// the sheet unshared and a renamed header, one after the other. Each ends in a log line saying what is wrong; once
/// it is put right the same process goes on without a restart, and every enquiry pushed meanwhile is in the sheet
/// once. Pushes to its webhook start each cycle, so no phase waits for the sync interval.
/// </summary>
public sealed class GoogleFaultMatrixTests
{
    private const string Secret = "fault-matrix-secret";

    private static readonly (string Name, Action<EmulatedGoogle> Break, string Says, Action<EmulatedGoogle> Mend)[] Faults =
    [
        ("429 storm", g => g.Emulator.Faults.Randomly(1.0, 429, Fault.Status(429)), "per-minute quota for spreadsheet", g => g.Emulator.Faults.Clear()),
        ("503 storm", g => g.Emulator.Faults.Randomly(1.0, 503, Fault.Status(503)), "Google Sheets refused a call on spreadsheet", g => g.Emulator.Faults.Clear()),
        ("unshared", g => g.Spreadsheet.Unshare(g.Account.Email), "share the sheet with", g => g.Spreadsheet.Share(g.Account.Email)),
        ("header renamed", g => g.Spreadsheet.Tab("Leads").SetRows("E1", ["Contact"]), "has no 'Email'", g => g.Spreadsheet.Tab("Leads").SetRows("E1", ["Email"])),
    ];

    [Fact]
    public async Task Each_Google_fault_is_named_in_the_log_and_the_running_worker_recovers_once_it_is_mended_losing_nothing()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        var config = w.Files.Config["SheetLeads"]!;
        config["Sync"] = new JsonObject { ["Interval"] = "00:10:00" };
        config["Webhooks"] = new JsonObject { ["Enabled"] = true, ["Listen"] = "http://127.0.0.1:0" };
        config["Channels"] = JsonNode.Parse($$"""
            [ { "Name": "site", "Kind": "Form", "Preset": "Generic", "Source": "Website form", "Webhook": { "Secret": "{{Secret}}" } } ]
            """);
        var environment = w.Google.Settings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        await using var worker = RunningWorker.Start(w.Files, environment);
        var address = await worker.WebhookAddressAsync();
        Assert.True(address is not null, worker.Log);
        using var http = new HttpClient();
        var pushed = 0;
        async Task PushAsync()
        {
            pushed++;
            var body = $$"""{ "id": "p{{pushed}}", "submittedAt": "2026-11-23T10:{{pushed:00}}:00Z", "fields": { "Name": "Customer {{pushed}}", "Email": "c{{pushed}}@example.com" } }""";
            using var request = new HttpRequestMessage(HttpMethod.Post, address + "/webhooks/site") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Webhook-Secret", Secret);
            using var answer = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        await PushAsync();
        Assert.True(await Eventually.TrueAsync(() => w.Read().Rows.Count == 1, TimeSpan.FromSeconds(30)), worker.Log);

        foreach (var (name, @break, says, mend) in Faults)
        {
            var failedBefore = worker.Count("sync failed:");
            @break(w.Google);
            await PushAsync();
            Assert.True(await Eventually.TrueAsync(() => worker.Count("sync failed:") > failedBefore, TimeSpan.FromSeconds(60)), $"{name}: no failed cycle\n{worker.Log}");
            Assert.True(worker.Logged(says), $"{name}: the log does not say '{says}'\n{worker.Log}");
            mend(w.Google);
            await PushAsync();
            Assert.True(await Eventually.TrueAsync(() => Rows(w) == pushed, TimeSpan.FromSeconds(60)), $"{name}: {Rows(w)} of {pushed} pushes in the sheet after mending\n{worker.Log}");
        }

        var leads = w.Read();
        Assert.Equal(Enumerable.Range(1, pushed).Select(n => $"site:p{n}").Order(StringComparer.Ordinal),
            leads.Rows.Select(r => leads.Cell(r, LeadColumn.Ref)).Order(StringComparer.Ordinal));
        Assert.Equal(1, worker.Count("SheetLeads run: config")); // one process throughout, never restarted
    }

    [Fact]
    public async Task A_token_endpoint_that_is_down_fails_the_cycle_in_plain_words_and_the_next_one_takes_the_enquiry_once()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("t1@example.com", "Ann Lee <ann@example.com>", "Boiler", "The boiler is off."));
        for (var i = 0; i < 20; i++)
            w.Google.Emulator.Faults.Next(Fault.Status(503), "token");

        var down = await w.SyncOnceAsync();
        w.Google.Emulator.Faults.Clear();
        var up = await w.SyncOnceAsync();

        Assert.True(down.ExitCode == 1, down.ToString());
        Assert.StartsWith("sync failed: taken=0", down.SummaryLine);
        Assert.True(down.Stderr.Contains("Google's token endpoint could not issue an access token now (HTTP 503", StringComparison.Ordinal), down.ToString());
        Assert.Contains("the next cycle tries again", down.Stderr);
        Assert.DoesNotContain("create a new JSON key", down.Stderr); // the key is fine: the endpoint was down
        Assert.StartsWith("sync ok: taken=1 created=1", up.SummaryLine);
        Assert.Single(w.Read().Rows);
    }

    [Fact]
    public async Task A_deleted_spreadsheet_fails_the_cycle_saying_so_and_takes_nothing_in()
    {
        await using var w = await GoogleWorkspace.StartAsync();
        w.Files.AddMail("1.eml", Mails.Enquiry("d1@example.com", "Ann Lee <ann@example.com>", "Boiler", "The boiler is off."));
        w.Google.Spreadsheet.Delete();

        var run = await w.SyncOnceAsync();

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("sync failed: taken=0", run.SummaryLine);
        Assert.Contains($"Google has no spreadsheet {EmulatedGoogle.SpreadsheetId}: check SheetLeads:Sheet:Google:SpreadsheetId", run.Stderr);
        Assert.Contains("and that the sheet was not deleted", run.Stderr);
    }

    private static int Rows(GoogleWorkspace w)
    {
        try
        {
            return w.Read().Rows.Count;
        }
        catch (InvalidOperationException)
        {
            return -1; // the header is being put back
        }
    }
}
