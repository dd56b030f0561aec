using System.Net;
using SheetLeads.SheetsEmulator;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.Tests.GoogleSheets;

public sealed class SheetsClientTests
{
    [Fact]
    public async Task Reads_the_spreadsheet_with_a_token_from_the_service_account_key()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        using var client = google.Client();

        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "sheets.properties.title" }, default);

        Assert.Equal(["Leads"], spreadsheet.Sheets!.Select(s => s.Properties!.Title));
        Assert.Equal(1, google.Emulator.Requests.Count("token"));
    }

    [Fact]
    public async Task A_sheet_not_shared_with_the_account_is_refused_with_Googles_403()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        google.Spreadsheet.Unshare(google.Account.Email);
        using var client = google.Client();

        var e = await Assert.ThrowsAsync<SheetsCallException>(() => client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId), default));

        Assert.Equal(HttpStatusCode.Forbidden, e.Status);
        Assert.Equal("The caller does not have permission", e.GoogleMessage);
    }

    [Fact]
    public async Task With_MaxRetries_0_a_call_is_made_once_and_a_503_fails_at_once()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        var options = google.Options();
        options.MaxRetries = 0;
        using var client = Worker.GoogleSheets.SheetsConnection.Open(options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        google.Emulator.Faults.Next(Fault.Status(503));

        var e = await Assert.ThrowsAsync<SheetsCallException>(() => client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId), default));
        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "sheets.properties.title" }, default);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Equal(["Leads"], spreadsheet.Sheets!.Select(s => s.Properties!.Title));
    }

    [Fact]
    public async Task A_429_is_retried_after_Retry_After_and_then_succeeds()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        google.Emulator.Faults.Next(Fault.Status(429));
        using var client = google.Client();

        await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId), default);

        Assert.Equal(2, google.Emulator.Requests.Reads);
    }

    [Fact]
    public async Task Raw_text_stays_text_and_nulls_leave_cells_alone()
    {
        await using var google = await EmulatedGoogle.StartAsync();
        google.Spreadsheet.Tab("Leads").SetRows("A1", ["Lead ID", "Phone", "Notes"], ["L-000001", "", "typed"]);
        using var client = google.Client();

        await client.WriteAsync(new AppendValues(client.Api, client.SpreadsheetId, "'Leads'!A1:C1",
            new ValueRange { Values = [["=IMPORTXML(\"x\",\"y\")", "+44 7700 900123", null]] })
        { ValueInputOption = "RAW", InsertDataOption = "INSERT_ROWS" }, applied: null, default);

        var tab = google.Spreadsheet.Tab("Leads");
        Assert.Equal("=IMPORTXML(\"x\",\"y\")", tab.Cell("A3").FormattedValue);
        Assert.False(tab.Cell("A3").IsFormula);
        Assert.Equal("+44 7700 900123", tab.Cell("B3").FormattedValue);
        Assert.Equal("typed", tab.Cell("C2").FormattedValue);
    }
}
