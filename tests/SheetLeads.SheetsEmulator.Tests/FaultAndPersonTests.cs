using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class FaultAndPersonTests
{
    [Fact]
    public async Task A_lost_response_is_applied_but_never_reaches_the_client()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.Faults.Next(Fault.LoseResponseAfterApply(), "values.append");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["L-1"]) }));

        Assert.Equal([["L-1"]], sheet.Leads.FormattedValues());
        var logged = sheet.Emulator.Requests.All.Single(r => r.Method == "values.append");
        Assert.True(logged.Applied);
        Assert.True(logged.IsWrite);
    }

    [Fact]
    public async Task A_person_acts_just_before_the_next_write_and_only_once()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID"], ["L-1"]);
        var read = await sheet.ValuesAsync("Leads!A:A");
        sheet.Emulator.Person.BeforeNextWrite(s => s.Tab("Leads").Type("A3", "walk-in"));

        await sheet.GetAsync("/values/Leads!A1");
        Assert.Equal(2, sheet.Leads.FormattedValues().Count);
        var first = await sheet.PostAsync("/values/Leads!A:A:append?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["L-2"]) });
        var second = await sheet.PostAsync("/values/Leads!A:A:append?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["L-3"]) });

        Assert.Equal(2, J.Values(read).Count);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("Leads!A4", (string?)first.Body!["updates"]!["updatedRange"]);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal([["Lead ID"], ["L-1"], ["walk-in"], ["L-2"], ["L-3"]], sheet.Leads.FormattedValues());
    }

    [Fact]
    public async Task The_request_log_counts_reads_and_writes_by_method()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.Requests.Clear();

        await sheet.GetAsync("/values:batchGet?ranges=Leads");
        await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["x"]) });
        await sheet.PostAsync(":batchUpdate", J.Parse("""{"requests":[]}"""));

        Assert.Equal(1, sheet.Emulator.Requests.Count("values.batchGet"));
        Assert.Equal(1, sheet.Emulator.Requests.Count("values.append"));
        Assert.Equal(1, sheet.Emulator.Requests.Count("spreadsheets.batchUpdate"));
        Assert.Equal(1, sheet.Emulator.Requests.Reads);
        Assert.Equal(2, sheet.Emulator.Requests.Writes);
    }

    [Fact]
    public async Task A_delayed_request_is_still_answered_and_applied()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Emulator.Faults.Next(Fault.Delay(TimeSpan.FromMilliseconds(50)));

        var reply = await sheet.PutAsync("/values/Leads!A1?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal([["x"]], sheet.Leads.FormattedValues());
    }
}
