using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class StateEndpointTests
{
    [Fact]
    public async Task The_state_shows_every_tab_as_a_person_sees_it_and_lists_its_formulas()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1",
            ["Lead ID", "Received", "Phone", "Budget", "Enquiries"],
            ["L-000001", "2026-10-05 09:12", "'+447700900101", "£2800", "2"],
            ["L-000002", "22/11/2026", "+44 7700 900123", "12%", ""]);
        sheet.Leads.Type("B7", "=SUM(1,2)");
        var written = await sheet.PutAsync("/values/Team!C2?valueInputOption=USER_ENTERED", new JsonObject { ["values"] = J.Rows(["=\"Alice\"&\" Hart\""]) });

        var state = await StateAsync(sheet.Emulator, sheet.Id);

        Assert.Equal(HttpStatusCode.OK, written.Status);
        var spreadsheet = state["spreadsheets"]![sheet.Id]!;
        Assert.Equal(sheet.Id, (string?)spreadsheet["spreadsheetId"]);
        var tabs = (JsonArray)spreadsheet["sheets"]!;
        Assert.Equal(["Leads", "Team"], tabs.Select(t => (string?)t!["properties"]!["title"]));
        Assert.Equal(
            [
                ["Lead ID", "Received", "Phone", "Budget", "Enquiries"],
                ["L-000001", "2026-10-05 09:12", "+447700900101", "£2,800.00", "2"],
                ["L-000002", "22/11/2026", "#ERROR!", "12%"],
                [],
                [],
                [],
                ["", "3"],
            ],
            Grid(tabs[0]!));
        Assert.Equal([("C3", "=+44 7700 900123"), ("B7", "=SUM(1,2)")], Formulas(tabs[0]!));
        Assert.Equal([[], ["", "", "Alice Hart"]], Grid(tabs[1]!));
        Assert.Equal([("C2", "=\"Alice\"&\" Hart\"")], Formulas(tabs[1]!));
        Assert.Equal(1000, (int?)tabs[0]!["properties"]!["gridProperties"]!["rowCount"]);
    }

    [Fact]
    public async Task The_state_is_a_test_hook_needing_no_token_and_not_logged_counted_or_faulted()
    {
        await using var sheet = await Sheet.StartAsync(new EmulatorOptions { ReadsPerMinutePerUser = 1 });
        sheet.Emulator.Requests.Clear();
        sheet.Emulator.Faults.Next(Fault.Status(503));

        for (var i = 0; i < 3; i++)
            await StateAsync(sheet.Emulator, sheet.Id);
        var faulted = await sheet.GetAsync("/values/Leads!A1");
        var read = await sheet.GetAsync("/values/Leads!A1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(["values.get", "values.get"], sheet.Emulator.Requests.All.Select(r => r.Method));
    }

    [Fact]
    public async Task Without_an_id_the_state_has_every_spreadsheet_and_an_unknown_id_gives_none()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.CreateSpreadsheet("other", "Sheet1").Tab("Sheet1").Type("A1", "x");

        var all = await StateAsync(sheet.Emulator, null);
        var unknown = await StateAsync(sheet.Emulator, "nope");
        var empty = await StateAsync(sheet.Emulator, "other");

        Assert.Equal(["other", "sheet-1"], ((JsonObject)all["spreadsheets"]!).Select(p => p.Key));
        Assert.Empty((JsonObject)unknown["spreadsheets"]!);
        Assert.Equal([["x"]], Grid(empty["spreadsheets"]!["other"]!["sheets"]![0]!));
        Assert.Equal("[]", all["spreadsheets"]!["sheet-1"]!["sheets"]![0]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task The_state_answers_only_GET()
    {
        await using var emulator = await SheetsEmulator.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(emulator.BaseUri, "_fake/state"), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task The_state_is_readable_text_with_plus_signs_and_pound_signs_unescaped()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["'+447700900101", "£5"]);
        using var http = new HttpClient();

        var text = await http.GetStringAsync(new Uri(sheet.Emulator.BaseUri, "_fake/state?spreadsheetId=sheet-1"));

        Assert.Contains("\"+447700900101\"", text, StringComparison.Ordinal);
        Assert.Contains("\"£5.00\"", text, StringComparison.Ordinal);
    }

    internal static async Task<JsonNode> StateAsync(SheetsEmulator emulator, string? spreadsheetId)
    {
        using var http = new HttpClient();
        var query = spreadsheetId is null ? "" : "?spreadsheetId=" + Uri.EscapeDataString(spreadsheetId);
        using var response = await http.GetAsync(new Uri(emulator.BaseUri, "_fake/state" + query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    internal static List<(string Cell, string Formula)> Formulas(JsonNode tab) =>
        ((JsonArray)tab["formulas"]!).Select(f => ((string)f!["cell"]!, (string)f["formula"]!)).ToList();

    internal static List<List<string>> Grid(JsonNode tab) =>
        ((JsonArray)tab["values"]!).Select(r => ((JsonArray)r!).Select(v => (string)v!).ToList()).ToList();
}
