using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class AppendTests
{
    private static JsonObject Body(params object?[][] rows) => new() { ["values"] = J.Rows(rows) };

    [Fact]
    public async Task Append_writes_after_the_last_row_of_the_table()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID", "Name"], ["L-1", "Ann"], ["L-2", "Bob"]);

        var reply = await sheet.PostAsync("/values/Leads!A:Q:append?valueInputOption=RAW", Body(["L-3", "Cy"]));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Leads!A1:B3", (string?)reply.Body!["tableRange"]);
        Assert.Equal("Leads!A4:B4", (string?)reply.Body["updates"]!["updatedRange"]);
        Assert.Equal(2, (int)reply.Body["updates"]!["updatedCells"]!);
        Assert.Equal(["L-3", "Cy"], sheet.Leads.FormattedValues()[3]);
    }

    [Fact]
    public async Task A_blank_row_ends_the_table_so_append_fills_the_gap()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID"], ["L-1"], [""], ["L-9"]);

        var reply = await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", Body(["L-2"]));

        Assert.Equal("Leads!A1:A2", (string?)reply.Body!["tableRange"]);
        Assert.Equal("Leads!A3", (string?)reply.Body["updates"]!["updatedRange"]);
        Assert.Equal([["Lead ID"], ["L-1"], ["L-2"], ["L-9"]], sheet.Leads.FormattedValues());
    }

    [Fact]
    public async Task Append_starts_at_the_tables_first_column_and_the_table_may_reach_below_the_range()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("C3", ["h1", "h2", "h3"], ["a", "", "c"]);

        var reply = await sheet.PostAsync("/values/Leads!A1:E1:append?valueInputOption=RAW", Body(["x", "y"]));

        Assert.Equal("Leads!C3:E4", (string?)reply.Body!["tableRange"]);
        Assert.Equal("Leads!C5:D5", (string?)reply.Body["updates"]!["updatedRange"]);
    }

    [Fact]
    public async Task Append_to_an_empty_range_writes_at_its_top_left_without_a_table_range()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync("/values/Team!B2:D:append?valueInputOption=RAW", Body(["Ann", "ann@x"]));

        Assert.Null(reply.Body!["tableRange"]);
        Assert.Equal("Team!B2:C2", (string?)reply.Body["updates"]!["updatedRange"]);
    }

    [Fact]
    public async Task Append_with_insert_rows_pushes_the_rows_below_down_with_their_metadata()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID"], ["L-1"], [""], ["below"]);
        await CreateRowMetadataAsync(sheet, 4, "lead", "below");

        var reply = await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS", Body(["L-2"], ["L-3"]));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal([["Lead ID"], ["L-1"], ["L-2"], ["L-3"], [], ["below"]], sheet.Leads.FormattedValues());
        Assert.Equal("below", sheet.Leads.RowMetadata(6).Single().MetadataValue);
        Assert.Equal(1002, sheet.Leads.RowCount);
    }

    [Fact]
    public async Task Append_parses_as_typed_only_with_USER_ENTERED()
    {
        await using var sheet = await Sheet.StartAsync();

        await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=RAW", Body(["=1+1"]));
        await sheet.PostAsync("/values/Leads!A1:append?valueInputOption=USER_ENTERED", Body(["=1+1"]));

        Assert.Equal([["=1+1"], ["2"]], sheet.Leads.FormattedValues());
    }

    internal static async Task<int> CreateRowMetadataAsync(Sheet sheet, int rowNumber, string key, string value)
    {
        var reply = await sheet.PostAsync(":batchUpdate", J.Parse($$$"""
            {"requests":[{"createDeveloperMetadata":{"developerMetadata":{"metadataKey":"{{{key}}}","metadataValue":"{{{value}}}","visibility":"DOCUMENT",
              "location":{"dimensionRange":{"sheetId":{{{sheet.Leads.SheetId}}},"dimension":"ROWS","startIndex":{{{rowNumber - 1}}},"endIndex":{{{rowNumber}}} } } } } } ]}
            """));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return (int)reply.Body!["replies"]![0]!["createDeveloperMetadata"]!["developerMetadata"]!["metadataId"]!;
    }
}
