using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;
using SheetLeads.Worker.Tests.FormApi;

namespace SheetLeads.Worker.Tests.Reliability;

/// <summary>
/// Issue 8 item 2, the form side of the fault matrix: the form service answers an HTML page instead of its JSON under
/// a running worker. The log and the channel's health name the page; when the service answers JSON again the same
/// process takes the submission in, once, and the mailbox was read all along.
/// </summary>
public sealed class FormFaultTests
{
    private const string Words = "answered with an HTML page ('502 Bad Gateway') instead of JSON";

    [Fact]
    public async Task A_form_API_answering_HTML_is_named_in_the_log_and_channel_health_and_the_running_worker_recovers_once_it_answers_JSON()
    {
        await using var service = await FakeFormService.StartAsync();
        var quote = service.Form("Typeform", "abc123");
        quote.Add(ServiceItems.For("Typeform", 1));
        quote.Then(Enumerable.Repeat(new FakeFault(HttpStatusCode.OK, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "text/html"), 2).ToArray());
        using var files = new Workspace();
        var channels = files.Config["SheetLeads"]!["Channels"]!.AsArray();
        channels.RemoveAt(1); // the form folder: the form comes over HTTP here
        channels.Add(new JsonObject
        {
            ["Name"] = "quote", ["Kind"] = "Form", ["Preset"] = "Typeform", ["Source"] = "Typeform: Quote",
            ["Url"] = service.Url(quote), ["Token"] = FakeFormService.Key, ["RequestTimeout"] = "00:00:05",
        });
        files.Config["SheetLeads"]!["Sync"] = new JsonObject { ["Interval"] = "00:00:10" };
        files.AddMail("1.eml", Mails.Enquiry("m1@example.org", "Helen Carter <helen@example.com>", "Cylinder", "Is an unvented cylinder an option?"));

        await using var worker = RunningWorker.Start(files, null);
        Assert.True(await Eventually.TrueAsync(() => worker.Logged(Words), TimeSpan.FromSeconds(60)), worker.Log);
        string? lastError = null; // recorded just after the cycle's log line
        Assert.True(await Eventually.TrueAsync(async () => (lastError = (await RecordedHealth.OfAsync(files, "quote"))?.LastError)?.Contains(Words, StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(10)), lastError);
        Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok: taken=1 created=1"), TimeSpan.FromSeconds(60)), worker.Log);
        Assert.True(await Eventually.TrueAsync(() => worker.Count("sync ok: taken=0") >= 1, TimeSpan.FromSeconds(30)), worker.Log);
        await worker.KillAsync();

        Assert.Equal(1, worker.Count("SheetLeads run: config"));
        var leads = await LeadsTable.ReadAsync(files.WorkbookPath);
        Assert.Equal([ServiceItems.Email(1), "helen@example.com"], leads.Column(LeadColumn.Email).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(FakeFormService.Key, worker.Log);
    }
}
