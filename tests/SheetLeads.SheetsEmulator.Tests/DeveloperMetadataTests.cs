using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class DeveloperMetadataTests
{
    private static async Task<Sheet> ThreeLeadsAsync()
    {
        var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID", "Name", "Status"], ["L-2", "Bob", "New"], ["L-1", "Ann", "New"], ["L-3", "Cy", "New"]);
        for (var row = 2; row <= 4; row++)
            await AppendTests.CreateRowMetadataAsync(sheet, row, "sheetleads.lead", sheet.Leads.Cell($"A{row}").FormattedValue);
        return sheet;
    }

    [Fact]
    public async Task Row_metadata_moves_with_its_row_when_a_person_inserts_rows_above()
    {
        await using var sheet = await ThreeLeadsAsync();

        sheet.Leads.InsertRows(2, 2);

        Assert.Empty(sheet.Leads.RowMetadata(2));
        Assert.Equal("L-2", sheet.Leads.RowMetadata(4).Single().MetadataValue);
        Assert.Equal("L-3", sheet.Leads.RowMetadata(6).Single().MetadataValue);
        Assert.Equal("L-3", sheet.Leads.Cell("A6").FormattedValue);
    }

    [Fact]
    public async Task Row_metadata_on_a_deleted_row_is_deleted_and_the_rest_moves_up()
    {
        await using var sheet = await ThreeLeadsAsync();

        sheet.Leads.DeleteRows(3);

        Assert.Equal("L-2", sheet.Leads.RowMetadata(2).Single().MetadataValue);
        Assert.Equal("L-3", sheet.Leads.RowMetadata(3).Single().MetadataValue);
        Assert.Empty(sheet.Leads.RowMetadata(4));
    }

    [Fact]
    public async Task A_sort_moves_the_contents_but_row_metadata_stays_at_its_position()
    {
        await using var sheet = await ThreeLeadsAsync();

        sheet.Leads.SortRows(0);

        Assert.Equal(["Lead ID", "L-1", "L-2", "L-3"], sheet.Leads.FormattedValues().Select(r => r[0]));
        Assert.Equal("L-2", sheet.Leads.RowMetadata(2).Single().MetadataValue);
        Assert.Equal("L-1", sheet.Leads.RowMetadata(3).Single().MetadataValue);
    }

    [Fact]
    public async Task A_metadata_lookup_reads_its_whole_row()
    {
        await using var sheet = await ThreeLeadsAsync();
        sheet.Leads.InsertRows(2);

        var reply = await sheet.PostAsync("/values:batchGetByDataFilter", J.Parse("""
            {"dataFilters":[{"developerMetadataLookup":{"metadataKey":"sheetleads.lead","metadataValue":"L-1"}}]}
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var matched = reply.Body!["valueRanges"]![0]!;
        Assert.Equal("Leads!A4:Z4", (string?)matched["valueRange"]!["range"]);
        Assert.Equal([["L-1", "Ann", "New"]], J.Values(matched["valueRange"]!));
        Assert.Equal("L-1", (string?)matched["dataFilters"]![0]!["developerMetadataLookup"]!["metadataValue"]);
    }

    [Fact]
    public async Task A_write_by_metadata_lands_in_the_row_that_moved_and_writes_only_what_is_given()
    {
        await using var sheet = await ThreeLeadsAsync();
        sheet.Emulator.Person.BeforeNextWrite(s => s.Tab("Leads").InsertRows(2));

        var reply = await sheet.PostAsync("/values:batchUpdateByDataFilter", J.Parse("""
            {"valueInputOption":"RAW","data":[{"dataFilter":{"developerMetadataLookup":{"metadataKey":"sheetleads.lead","metadataValue":"L-1"}},
              "values":[[null,null,"Contacted"]]}]}
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Leads!A4:C4", (string?)reply.Body!["responses"]![0]!["updatedRange"]);
        Assert.Equal(1, (int)reply.Body["totalUpdatedCells"]!);
        Assert.Equal(["L-1", "Ann", "Contacted"], sheet.Leads.FormattedValues()[3]);
    }

    [Fact]
    public async Task A_write_by_metadata_of_a_deleted_row_writes_nothing()
    {
        await using var sheet = await ThreeLeadsAsync();
        sheet.Leads.DeleteRows(3);
        var before = sheet.Leads.FormattedValues();

        var reply = await sheet.PostAsync("/values:batchUpdateByDataFilter", J.Parse("""
            {"valueInputOption":"RAW","data":[{"dataFilter":{"developerMetadataLookup":{"metadataKey":"sheetleads.lead","metadataValue":"L-1"}},
              "values":[["L-1","Ann","Won"]]}]}
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(0, (int)reply.Body!["totalUpdatedCells"]!);
        Assert.Null(reply.Body["responses"]);
        Assert.Equal(before, sheet.Leads.FormattedValues());
    }

    [Fact]
    public async Task Spreadsheet_metadata_can_be_created_updated_found_and_deleted()
    {
        await using var sheet = await Sheet.StartAsync();

        var created = await sheet.PostAsync(":batchUpdate", J.Parse("""
            {"requests":[{"createDeveloperMetadata":{"developerMetadata":{"metadataKey":"sheetleads.lease","metadataValue":"worker-a","location":{"spreadsheet":true},"visibility":"DOCUMENT"}}}]}
            """));
        var updated = await sheet.PostAsync(":batchUpdate", J.Parse("""
            {"requests":[{"updateDeveloperMetadata":{"dataFilters":[{"developerMetadataLookup":{"metadataKey":"sheetleads.lease"}}],
              "developerMetadata":{"metadataValue":"worker-b"},"fields":"metadataValue"}}]}
            """));
        var found = await sheet.PostAsync("/developerMetadata:search", J.Parse("""
            {"dataFilters":[{"developerMetadataLookup":{"locationType":"SPREADSHEET"}}]}
            """));
        var afterUpdate = sheet.Spreadsheet.SpreadsheetMetadata.Single();
        var deleted = await sheet.PostAsync(":batchUpdate", J.Parse("""
            {"requests":[{"deleteDeveloperMetadata":{"dataFilter":{"developerMetadataLookup":{"metadataKey":"sheetleads.lease"}}}}]}
            """));

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("SPREADSHEET", (string?)created.Body!["replies"]![0]!["createDeveloperMetadata"]!["developerMetadata"]!["location"]!["locationType"]);
        Assert.Equal("worker-b", (string?)updated.Body!["replies"]![0]!["updateDeveloperMetadata"]!["developerMetadata"]![0]!["metadataValue"]);
        Assert.Equal("worker-b", afterUpdate.MetadataValue);
        Assert.Equal("worker-b", (string?)found.Body!["matchedDeveloperMetadata"]![0]!["developerMetadata"]!["metadataValue"]);
        Assert.Equal("worker-b", (string?)deleted.Body!["replies"]![0]!["deleteDeveloperMetadata"]!["deletedDeveloperMetadata"]![0]!["metadataValue"]);
        Assert.Empty(sheet.Spreadsheet.SpreadsheetMetadata);
    }

    [Fact]
    public async Task Metadata_without_visibility_is_refused()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(":batchUpdate", J.Parse("""
            {"requests":[{"createDeveloperMetadata":{"developerMetadata":{"metadataKey":"k","location":{"spreadsheet":true}}}}]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Invalid requests[0].createDeveloperMetadata: ", reply.ErrorMessage, StringComparison.Ordinal);
    }
}
