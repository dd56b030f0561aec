using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.Workbook;

namespace SheetLeads.Worker.Tests.FormApi;

/// <summary>The worker process with a form channel polling a real local HTTP server beside a mail folder.</summary>
public sealed class FormEndpointEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly Workspace _workspace = new();
    private FakeFormService _service = null!;
    private FakeForm _quote = null!;

    public async Task InitializeAsync()
    {
        _service = await FakeFormService.StartAsync();
        _quote = _service.Form("Typeform", "abc123");
        var channels = _workspace.Config["SheetLeads"]!["Channels"]!.AsArray();
        channels.RemoveAt(1); // the form folder: forms come over HTTP here
        channels.Add(new JsonObject
        {
            ["Name"] = "quote", ["Kind"] = "Form", ["Preset"] = "Typeform", ["Source"] = "Typeform: Quote",
            ["Url"] = _service.Url(_quote), ["Token"] = FakeFormService.Key, ["PageSize"] = 2,
            ["RequestTimeout"] = "00:00:05", ["MaxRetries"] = 1, ["RetryDelay"] = "00:00:00.050",
        });
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    public void Dispose() => _workspace.Dispose();

    private void AddResponses(int from, int to)
    {
        for (var n = from; n <= to; n++)
            _quote.Add(ServiceItems.For("Typeform", n));
    }

    [Fact]
    public async Task A_form_response_and_a_mail_from_the_same_customer_become_one_lead()
    {
        AddResponses(1, 1);
        _workspace.AddMail("1.eml", Mails.Enquiry("m1@example.org", $"Customer One <{ServiceItems.Email(1)}>", "Re: my quote",
            "Sent the form a minute ago - can you also look at the boiler?", date: "Fri, 20 Nov 2026 09:03:00 +0000"));

        var run = await _workspace.SyncOnceAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("sync ok: taken=2 created=1 merged=1 duplicate=0 skipped=0", run.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        var lead = leads.Single(LeadColumn.Email, ServiceItems.Email(1));
        Assert.Equal(("Typeform: Quote", "2"), (leads.Cell(lead, LeadColumn.Source), leads.Cell(lead, LeadColumn.Enquiries)));
        Assert.Equal(["quote:tok0001", "mail:m1@example.org"], leads.Cell(lead, LeadColumn.Ref).Split('\n'));
    }

    public static TheoryData<string, int, string, string, int, string> Faults => new()
    {
        { "401", 401, """{"code":"AUTHENTICATION_FAILED","description":"Token revoked"}""", "application/json", 1, "refused the API key (HTTP 401 Unauthorized: \"Token revoked\"); check Token" },
        { "429", 429, """{"code":"RATE_LIMITED","description":"Too many requests"}""", "application/json", 1, "is limiting requests (HTTP 429 Too Many Requests: \"Too many requests\"); it asked to wait 600 s" },
        { "500", 500, """{"code":"INTERNAL","description":"Something went wrong"}""", "application/json", 2, "failed (HTTP 500 Internal Server Error: \"Something went wrong\", 2 attempts)" },
        { "timeout", 0, "", "", 2, "did not answer within 1 s (2 attempts)" },
        { "html", 200, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html", 1, "answered with an HTML page ('502 Bad Gateway') instead of JSON" },
        { "malformed", 200, """{"total_items": 1, "items": [ { "token": """, "application/json", 1, "answered with JSON that does not parse" },
        { "schema", 200, """{"total": 1, "results": []}""", "application/json", 1, "answered JSON that is not a Typeform responses page: no 'items' array; has the API changed" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_form_service_fails_only_that_channel_in_plain_words_in_the_log_and_the_summary(
        string fault, int status, string body, string contentType, int times, string words)
    {
        AddResponses(1, 1);
        _quote.Then(Enumerable.Repeat(status == 0
            ? new FakeFault(Delay: TimeSpan.FromSeconds(3))
            : new FakeFault((HttpStatusCode)status, body, contentType, RetryAfter: status == 429 ? TimeSpan.FromSeconds(600) : null), times).ToArray());
        _workspace.Config["SheetLeads"]!["Channels"]![1]!["RequestTimeout"] = "00:00:01";
        _workspace.AddMail("1.eml", Mails.Enquiry("m2@example.org", "Helen Carter <helen@example.com>", "Cylinder", "Is an unvented cylinder an option?"));

        var run = await _workspace.SyncOnceAsync();

        Assert.True(run.ExitCode == 1, fault + "\n" + run);
        Assert.StartsWith("sync failed: taken=1 created=1 ", run.SummaryLine); // the mail went in
        Assert.Contains(words, run.Stderr);
        Assert.DoesNotContain(FakeFormService.Key, run.Stderr + run.Stdout);
        using (var file = XlsxFile.Open(_workspace.WorkbookPath))
        {
            var health = Enumerable.Range(1, 200).First(n => file.Text("Summary", "A" + n) == SummaryLabels.ChannelHealth);
            var quote = Enumerable.Range(health + 2, 3).Select(n => file.Row("Summary", n)).Single(r => r.Count > 4 && r[0] == "quote");
            Assert.Contains(words, quote[4]);
        }

        var next = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=1 created=1 ", next.SummaryLine); // the service answers again: the submission comes in
    }

    [Fact]
    public async Task A_worker_killed_between_pages_takes_every_submission_once_when_it_starts_again()
    {
        AddResponses(1, 5);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _quote.Then(new FakeFault(), new FakeFault(Hold: hold));
        var worker = _workspace.Start(null, "sync", "--once");
        try
        {
            Assert.True(await Eventually.TrueAsync(() => _service.Requests.Count >= 2, TimeSpan.FromSeconds(30)), "the worker never asked for page 2");
            worker.Kill(entireProcessTree: true);
            await worker.WaitForExitAsync();
        }
        finally
        {
            hold.TrySetResult();
            worker.Dispose();
        }

        var again = await _workspace.SyncOnceAsync();
        var third = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync ok: taken=5 created=5 ", again.SummaryLine);
        Assert.StartsWith("sync ok: taken=0 ", third.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal(Enumerable.Range(1, 5).Select(ServiceItems.Email), leads.Column(LeadColumn.Email).Order());
    }

    [Fact]
    public async Task A_failed_sheet_write_leaves_the_cursor_and_the_next_cycle_takes_every_submission_once()
    {
        AddResponses(1, 3);
        Assert.Equal(0, (await _workspace.RunAsync("init")).ExitCode);
        var lockFile = Path.Combine(Path.GetDirectoryName(_workspace.WorkbookPath)!, ".~lock.leads.xlsx#");
        await File.WriteAllTextAsync(lockFile, "Alice,alice-pc,alice-pc,23.11.2026 10:04,file:///home/alice/.config/libreoffice/4;");

        var locked = await _workspace.SyncOnceAsync();
        File.Delete(lockFile);
        AddResponses(4, 4);
        var next = await _workspace.SyncOnceAsync();
        var third = await _workspace.SyncOnceAsync();

        Assert.StartsWith("sync failed: taken=0 ", locked.SummaryLine);
        Assert.StartsWith("sync ok: taken=4 created=4 ", next.SummaryLine);
        Assert.StartsWith("sync ok: taken=0 ", third.SummaryLine);
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        Assert.Equal(Enumerable.Range(1, 4).Select(ServiceItems.Email), leads.Column(LeadColumn.Email).Order());
    }
}
