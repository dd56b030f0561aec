using System.Net;
using Microsoft.Extensions.Time.Testing;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class QuotaTests
{
    [Fact]
    public async Task Writes_past_the_per_minute_quota_are_refused_with_Retry_After_until_the_minute_has_passed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sheet = await Sheet.StartAsync(new EmulatorOptions { Time = time, WritesPerMinutePerUser = 3 });
        var body = new System.Text.Json.Nodes.JsonObject { ["values"] = J.Rows(["x"]) };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", body)).Status);
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var refused = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", body);
        var read = await sheet.GetAsync("/values/Leads!A1");
        time.Advance(TimeSpan.FromSeconds(30));
        var later = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", body);

        Assert.Equal((HttpStatusCode)429, refused.Status);
        Assert.Equal("RESOURCE_EXHAUSTED", refused.ErrorStatus);
        Assert.Equal(
            "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.",
            refused.ErrorMessage);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task Reads_have_their_own_quota()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sheet = await Sheet.StartAsync(new EmulatorOptions { Time = time, ReadsPerMinutePerUser = 2 });

        await sheet.GetAsync("/values/Leads!A1");
        await sheet.GetAsync("");
        var refused = await sheet.PostAsync("/values:batchGetByDataFilter", J.Parse("""{"dataFilters":[{"a1Range":"Leads!A1"}]}"""));

        Assert.Equal((HttpStatusCode)429, refused.Status);
        Assert.Contains("'Read requests per minute per user'", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(2, sheet.Emulator.Requests.All.Count(r => r.Status == 200 && !r.IsWrite && r.Method != "token"));
    }
}
