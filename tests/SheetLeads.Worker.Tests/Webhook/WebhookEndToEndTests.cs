using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Tests.EndToEnd;

namespace SheetLeads.Worker.Tests.Webhook;

/// <summary>The worker in <c>run</c> mode with its webhook endpoint: a Typeform push becomes a lead without waiting for a poll.</summary>
public sealed class WebhookEndToEndTests : IDisposable
{
    private const string Secret = "tf-signing-secret-e2e";
    private readonly Workspace _workspace = new();

    public WebhookEndToEndTests()
    {
        var sheetLeads = _workspace.Config["SheetLeads"]!;
        sheetLeads["Sync"] = new JsonObject { ["Interval"] = "00:10:00" }; // only the push can bring the lead in time
        sheetLeads["Webhooks"] = new JsonObject { ["Enabled"] = true, ["Listen"] = "http://127.0.0.1:0" };
        sheetLeads["Channels"]!.AsArray().Add(new JsonObject
        {
            ["Name"] = "quote", ["Kind"] = "Form", ["Preset"] = "Typeform", ["Source"] = "Typeform: Quote",
            ["Webhook"] = new JsonObject { ["Secret"] = Secret },
        });
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_signed_push_is_in_the_sheet_within_seconds_and_an_unsigned_one_is_refused()
    {
        await using var worker = RunningWorker.Start(_workspace, null);
        var address = await worker.WebhookAddressAsync();
        Assert.True(address is not null, worker.Log);
        Assert.True(await Eventually.TrueAsync(() => worker.Logged("sync ok:"), TimeSpan.FromSeconds(30)), worker.Log); // the first cycle, at start
        using var http = new HttpClient();

        using var unsigned = await http.PostAsync(address + "/webhooks/quote", new StringContent(FormPushTests.TypeformPush, Encoding.UTF8, "application/json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, address + "/webhooks/quote") { Content = new StringContent(FormPushTests.TypeformPush, Encoding.UTF8, "application/json") };
        request.Headers.Add("Typeform-Signature", "sha256=" + Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(FormPushTests.TypeformPush))));
        using var signed = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => worker.Count("sync ok:") >= 2, TimeSpan.FromSeconds(15)), worker.Log);
        await worker.KillAsync();
        var leads = await LeadsTable.ReadAsync(_workspace.WorkbookPath);
        var lead = leads.Single(LeadColumn.Email, "rosa.diaz@example.org");
        Assert.Equal(("Rosa Diaz", "+447700900999", "Typeform: Quote", "quote:tok-pushed-1"),
            (leads.Cell(lead, LeadColumn.Name), leads.Cell(lead, LeadColumn.Phone), leads.Cell(lead, LeadColumn.Source), leads.Cell(lead, LeadColumn.Ref)));
        Assert.DoesNotContain(Secret, worker.Log);
    }
}
