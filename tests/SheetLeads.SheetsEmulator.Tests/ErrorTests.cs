using System.Net;
using System.Net.Http.Headers;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task A_request_without_a_token_is_unauthenticated()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Http.DefaultRequestHeaders.Authorization = null;

        var reply = await sheet.GetAsync("");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("UNAUTHENTICATED", reply.ErrorStatus);
        Assert.Equal(401, (int)reply.Body!["error"]!["code"]!);
        Assert.StartsWith("Request is missing required authentication credential.", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_emulator_never_issued_is_unauthenticated()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ya29.made-up");

        var reply = await sheet.GetAsync("");

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.StartsWith("Request had invalid authentication credentials.", reply.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spreadsheet_not_shared_with_the_account_is_forbidden()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Spreadsheet.Unshare(sheet.Account.Email);

        var reply = await sheet.GetAsync("/values/Leads!A1");

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("The caller does not have permission", reply.ErrorMessage);
        Assert.Equal("PERMISSION_DENIED", reply.ErrorStatus);
    }

    [Fact]
    public async Task A_viewer_may_read_but_not_write()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Spreadsheet.Share(sheet.Account.Email, canEdit: false);

        var read = await sheet.GetAsync("/values/Leads!A1");
        var write = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", new System.Text.Json.Nodes.JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Empty(sheet.Leads.FormattedValues());
    }

    [Fact]
    public async Task An_unknown_or_deleted_spreadsheet_is_not_found()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Spreadsheet.Delete();

        var reply = await sheet.GetAsync("");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("Requested entity was not found.", reply.ErrorMessage);
        Assert.Equal("NOT_FOUND", reply.ErrorStatus);
    }

    [Fact]
    public async Task An_injected_429_carries_Retry_After_and_changes_nothing()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.Faults.Next(Fault.Status(429, TimeSpan.FromSeconds(7)), "values.update");

        var reply = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", new System.Text.Json.Nodes.JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal((HttpStatusCode)429, reply.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), reply.RetryAfter);
        Assert.Equal("RESOURCE_EXHAUSTED", reply.ErrorStatus);
        Assert.Empty(sheet.Leads.FormattedValues());
        Assert.False(sheet.Emulator.Requests.All.Single(r => r.Method == "values.update").Applied);
    }

    [Fact]
    public async Task An_injected_fault_waits_for_its_method()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.Faults.Next(Fault.Status(503), "values.append");

        var read = await sheet.GetAsync("/values/Leads!A1");
        var append = await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", new System.Text.Json.Nodes.JsonObject { ["values"] = J.Rows(["x"]) });
        var again = await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", new System.Text.Json.Nodes.JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, append.Status);
        Assert.Equal("UNAVAILABLE", append.ErrorStatus);
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task Random_faults_follow_their_seed()
    {
        static async Task<List<HttpStatusCode>> RunAsync()
        {
            await using var sheet = await Sheet.StartAsync();
            sheet.Emulator.Faults.Randomly(0.3, 42, Fault.Status(429), Fault.Status(503));
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++)
                statuses.Add((await sheet.GetAsync("/values/Leads!A1")).Status);
            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(first, s => s != HttpStatusCode.OK);
        Assert.Contains(first, s => s == HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/values:batchUpdate", """{"valueInputOption":"RAW","data":[{"range":"Leads!A1","vaules":[["x"]]}]}""",
        "Invalid JSON payload received. Unknown name \"vaules\" at 'data[0]': Cannot find field.")]
    [InlineData("/values:batchUpdate", """{"valueInputOption":"RAW","data":[{"range":"Leads!A1","majorDimension":"ROW","values":[["x"]]}]}""",
        "Invalid value at 'data[0].major_dimension' (TYPE_ENUM), \"ROW\"")]
    [InlineData("/values:batchUpdate?valueInputOption=RAW", """{"data":[]}""",
        "Invalid JSON payload received. Unknown name \"valueInputOption\": Cannot bind query parameter. Field 'valueInputOption' could not be found in request message.")]
    [InlineData("/values/Leads!A1:append?valueInputOption=RAWW", """{"values":[["x"]]}""",
        "Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"RAWW\"")]
    public async Task Requests_are_checked_against_the_discovery_document_as_Google_checks_them(string path, string body, string message)
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(path, J.Parse(body));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(message, reply.ErrorMessage);
        Assert.Empty(sheet.Leads.FormattedValues());
    }
}
