using System.Net;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class BatchUpdateTests
{
    private static JsonObject Requests(string requestsJson) => new() { ["requests"] = J.Parse(requestsJson) };

    [Fact]
    public async Task A_batch_with_one_bad_request_changes_nothing()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"addSheet":{"properties":{"title":"Summary"}}},
             {"updateSheetProperties":{"properties":{"sheetId":0,"gridProperties":{"frozenRowCount":1}},"fields":"gridProperties.frozenRowCount"}},
             {"deleteSheet":{"sheetId":123456}}]
            """));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Invalid requests[2].deleteSheet: ", reply.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["Leads", "Team"], sheet.Spreadsheet.TabTitles);
        Assert.Equal(0, sheet.Leads.FrozenRowCount);
    }

    [Fact]
    public async Task An_unknown_request_kind_is_named_in_the_error()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(":batchUpdate", Requests("""[{"addSheets":{}}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Invalid JSON payload received. Unknown name \"addSheets\" at 'requests[0]': Cannot find field.", reply.ErrorMessage);
    }

    [Fact]
    public async Task Replies_come_in_request_order_with_an_empty_reply_for_requests_that_have_none()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"addSheet":{"properties":{"title":"Summary","gridProperties":{"rowCount":50,"columnCount":5}}}},
             {"updateSheetProperties":{"properties":{"sheetId":0,"title":"Leads","gridProperties":{"frozenRowCount":1}},"fields":"title,gridProperties(frozenRowCount)"}},
             {"addChart":{"chart":{"spec":{"title":"By channel"},"position":{"overlayPosition":{"anchorCell":{"sheetId":0,"rowIndex":1,"columnIndex":1}}}}}}]
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var replies = (JsonArray)reply.Body!["replies"]!;
        Assert.Equal(3, replies.Count);
        var added = replies[0]!["addSheet"]!["properties"]!;
        Assert.Equal("Summary", (string?)added["title"]);
        Assert.Equal(2, (int)added["index"]!);
        Assert.Equal(50, (int)added["gridProperties"]!["rowCount"]!);
        Assert.Equal("{}", replies[1]!.ToJsonString());
        Assert.True((int)replies[2]!["addChart"]!["chart"]!["chartId"]! > 0);
        Assert.Equal(1, sheet.Leads.FrozenRowCount);
        Assert.Equal(1, sheet.Leads.ChartCount);
        Assert.Contains("By channel", sheet.Leads.ChartSpecs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_tab_with_the_same_name_in_any_case_is_refused()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PostAsync(":batchUpdate", Requests("""[{"addSheet":{"properties":{"title":"leads"}}}]"""));

        Assert.Equal("Invalid requests[0].addSheet: A sheet with the name \"leads\" already exists. Please enter another name.", reply.ErrorMessage);
    }

    [Fact]
    public async Task Formatting_requests_can_be_read_back_from_the_tab()
    {
        await using var sheet = await Sheet.StartAsync();
        var reply = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"repeatCell":{"range":{"sheetId":0,"startRowIndex":0,"endRowIndex":1},"cell":{"userEnteredFormat":{"textFormat":{"bold":true},"backgroundColor":{"red":0.9,"green":0.9,"blue":0.9}}},"fields":"userEnteredFormat(textFormat,backgroundColor)"}},
             {"repeatCell":{"range":{"sheetId":0,"startRowIndex":1,"startColumnIndex":2,"endColumnIndex":3},"cell":{"userEnteredFormat":{"numberFormat":{"type":"DATE_TIME","pattern":"yyyy-mm-dd hh:mm"}}},"fields":"userEnteredFormat.numberFormat"}},
             {"setDataValidation":{"range":{"sheetId":0,"startRowIndex":1,"startColumnIndex":5,"endColumnIndex":6},"rule":{"condition":{"type":"ONE_OF_LIST","values":[{"userEnteredValue":"New"},{"userEnteredValue":"Won"}]},"strict":true,"showCustomUi":true}}},
             {"setBasicFilter":{"filter":{"range":{"sheetId":0,"startRowIndex":0,"startColumnIndex":0,"endColumnIndex":17}}}},
             {"updateDimensionProperties":{"range":{"sheetId":0,"dimension":"COLUMNS","startIndex":1,"endIndex":2},"properties":{"pixelSize":240},"fields":"pixelSize"}},
             {"addConditionalFormatRule":{"rule":{"ranges":[{"sheetId":0,"startRowIndex":1}],"booleanRule":{"condition":{"type":"CUSTOM_FORMULA","values":[{"userEnteredValue":"=$H2<TODAY()"}]},"format":{"backgroundColor":{"red":1}}}},"index":0}}]
            """));
        sheet.Leads.Type("C2", "2026-11-22 10:04");
        await sheet.WriteAsync("Leads!C3", J.Rows([46348.75]), "RAW");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("E6E6E6", sheet.Leads.BackgroundRgb("A1"));
        Assert.Null(sheet.Leads.BackgroundRgb("A2"));
        Assert.Equal("DATE_TIME", sheet.Leads.NumberFormatType("C2"));
        Assert.Equal("yyyy-mm-dd hh:mm", sheet.Leads.NumberFormatPattern("C500"));
        Assert.Equal("2026-11-22 18:00", sheet.Leads.Cell("C3").FormattedValue);
        Assert.Equal(("ONE_OF_LIST", true, true), (sheet.Leads.DataValidation("F9")!.ConditionType, sheet.Leads.DataValidation("F9")!.Strict, sheet.Leads.DataValidation("F9")!.ShowCustomUi));
        Assert.Equal(["New", "Won"], sheet.Leads.DataValidation("F9")!.Values);
        Assert.Null(sheet.Leads.DataValidation("F1"));
        Assert.Equal("A1:Q1000", sheet.Leads.BasicFilterRange);
        Assert.Equal(240, sheet.Leads.ColumnWidth(1));
        Assert.Null(sheet.Leads.ColumnWidth(0));
        Assert.Equal(1, sheet.Leads.ConditionalFormatCount);
    }

    [Fact]
    public async Task UpdateCells_writes_typed_values_literally_and_clears_masked_fields_it_was_not_given()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["old", "old"]);

        var reply = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"updateCells":{"range":{"sheetId":0,"startRowIndex":0,"endRowIndex":1,"startColumnIndex":0,"endColumnIndex":2},
              "rows":[{"values":[{"userEnteredValue":{"stringValue":"=1+1"}}]}],"fields":"userEnteredValue"}}]
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal([["=1+1"]], sheet.Leads.FormattedValues());
        Assert.False(sheet.Leads.Cell("A1").IsFormula);
    }

    [Fact]
    public async Task Get_returns_tab_properties_and_grid_data_with_row_metadata_when_asked()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID"], ["L-1"]);
        await AppendTests.CreateRowMetadataAsync(sheet, 2, "lead", "L-1");

        var bare = await sheet.GetAsync("");
        var grid = await sheet.GetAsync("?ranges=Leads!A1:B3&includeGridData=true");

        Assert.Equal(HttpStatusCode.OK, bare.Status);
        var leads = bare.Body!["sheets"]![0]!["properties"]!;
        Assert.Equal(0, (int)leads["sheetId"]!);
        Assert.Equal(1000, (int)leads["gridProperties"]!["rowCount"]!);
        Assert.Null(bare.Body["sheets"]![0]!["data"]);
        Assert.Equal("en_GB", (string?)bare.Body["properties"]!["locale"]);
        var sheets = (JsonArray)grid.Body!["sheets"]!;
        var data = sheets.Single()!["data"]![0]!;
        Assert.Equal("L-1", (string?)data["rowData"]![1]!["values"]![0]!["formattedValue"]);
        Assert.Equal("L-1", (string?)data["rowData"]![1]!["values"]![0]!["userEnteredValue"]!["stringValue"]);
        Assert.Equal(3, ((JsonArray)data["rowMetadata"]!).Count);
        Assert.Equal("L-1", (string?)data["rowMetadata"]![1]!["developerMetadata"]![0]!["metadataValue"]);
    }

    [Fact]
    public async Task Inserting_and_deleting_dimensions_resizes_the_grid_and_refuses_to_pass_the_cell_limit()
    {
        await using var sheet = await Sheet.StartAsync();
        var ok = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"appendDimension":{"sheetId":0,"dimension":"ROWS","length":500}},
             {"insertDimension":{"range":{"sheetId":0,"dimension":"COLUMNS","startIndex":0,"endIndex":2}}},
             {"deleteDimension":{"range":{"sheetId":0,"dimension":"ROWS","startIndex":0,"endIndex":100}}}]
            """));
        var tooBig = await sheet.PostAsync(":batchUpdate", Requests("""
            [{"appendDimension":{"sheetId":0,"dimension":"ROWS","length":400000}}]
            """));

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal(1400, sheet.Leads.RowCount);
        Assert.Equal(28, sheet.Leads.ColumnCount);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.Status);
        Assert.Contains("above the limit of 10000000 cells", tooBig.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1400, sheet.Leads.RowCount);
    }

    [Fact]
    public async Task A_fields_mask_naming_sheet_data_brings_grid_data_and_one_naming_only_metadata_does_not()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.Type("A1", "Lead ID");

        var data = await sheet.GetAsync("?ranges=Leads!A1:B2&fields=sheets(properties.sheetId,data.rowData.values.formattedValue)");
        var metadata = await sheet.GetAsync("?fields=sheets(properties.sheetId,developerMetadata)");

        Assert.Equal("Lead ID", (string?)data.Body!["sheets"]![0]!["data"]![0]!["rowData"]![0]!["values"]![0]!["formattedValue"]);
        Assert.Null(metadata.Body!["sheets"]![0]!["data"]);
    }

    [Fact]
    public async Task A_fields_mask_keeps_only_the_named_fields_of_the_answer_as_Google_partial_responses_do()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.Type("A1", "Lead ID");

        var reply = await sheet.GetAsync("?ranges=Leads!A1:B2&fields=spreadsheetId,sheets(properties/title,data.rowData.values(effectiveValue))");

        var body = reply.Body!.AsObject();
        Assert.Equal(["spreadsheetId", "sheets"], body.Select(p => p.Key));
        var tab = body["sheets"]![0]!.AsObject();
        Assert.Equal(["properties", "data"], tab.Select(p => p.Key));
        Assert.Equal(["title"], tab["properties"]!.AsObject().Select(p => p.Key));
        var cell = tab["data"]![0]!["rowData"]![0]!["values"]![0]!.AsObject();
        Assert.Equal(["effectiveValue"], cell.Select(p => p.Key));
        Assert.Equal("Lead ID", (string?)cell["effectiveValue"]!["stringValue"]);
    }
}
