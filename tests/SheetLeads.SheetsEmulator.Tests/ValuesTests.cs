using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SheetLeads.SheetsEmulator.Tests.Support;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class ValuesTests
{
    [Fact]
    public async Task RAW_keeps_formulas_phone_numbers_mentions_and_dates_as_text()
    {
        await using var sheet = await Sheet.StartAsync();

        await sheet.WriteAsync("Leads!A2", J.Rows(["=SUM(1)", "+44 7700 900123", "@SUM(1)", "-1", "2026-11-22", "=IMPORTXML(\"http://x\",\"//a\")"]), "RAW");

        var row = J.Values(await sheet.ValuesAsync("Leads!A2:F2", "?valueRenderOption=FORMULA"))[0];
        Assert.Equal(["=SUM(1)", "+44 7700 900123", "@SUM(1)", "-1", "2026-11-22", "=IMPORTXML(\"http://x\",\"//a\")"], row);
        var cell = sheet.Leads.Cell("A2");
        Assert.False(cell.IsFormula);
        Assert.Equal("=SUM(1)", cell.UserEnteredValue);
        Assert.Equal("-1", sheet.Leads.Cell("D2").UserEnteredValue);
    }

    [Fact]
    public async Task USER_ENTERED_makes_formulas_numbers_booleans_and_dates()
    {
        await using var sheet = await Sheet.StartAsync();

        await sheet.WriteAsync("Leads!A2", J.Rows(["=SUM(1,2)", "-1", "1,234.5", "TRUE", "22/11/2026", "2026-11-22 10:04", "'=literal", "+447700900123", "@SUM(1)"]));

        var formatted = J.Values(await sheet.ValuesAsync("Leads!A2:I2"))[0];
        Assert.Equal(["3", "-1", "1,234.50", "TRUE", "22/11/2026", "2026-11-22 10:04", "=literal", "447700900123", "@SUM(1)"], formatted);
        var unformatted = (JsonArray)(await sheet.ValuesAsync("Leads!A2:I2", "?valueRenderOption=UNFORMATTED_VALUE"))["values"]![0]!;
        Assert.Equal(3, (double)unformatted[0]!);
        Assert.Equal(-1, (double)unformatted[1]!);
        Assert.True((bool)unformatted[3]!);
        Assert.Equal(46348, (double)unformatted[4]!);
        Assert.Equal(46348 + (10 * 60 + 4) / 1440.0, (double)unformatted[5]!, 9);
        Assert.True(sheet.Leads.Cell("A2").IsFormula);
        Assert.Equal("DATE_TIME", sheet.Leads.NumberFormatType("F2"));
        Assert.Equal("=literal", sheet.Leads.Cell("G2").UserEnteredValue);
    }

    [Fact]
    public async Task A_phone_number_typed_with_a_plus_and_spaces_becomes_a_broken_formula_as_in_Sheets()
    {
        await using var sheet = await Sheet.StartAsync();

        await sheet.WriteAsync("Leads!A2", J.Rows(["+44 7700 900123"]));

        var cell = sheet.Leads.Cell("A2");
        Assert.True(cell.IsFormula);
        Assert.Equal("#ERROR!", cell.FormattedValue);
    }

    [Fact]
    public async Task JSON_numbers_are_numbers_in_RAW_and_show_in_the_cells_date_format()
    {
        await using var sheet = await Sheet.StartAsync();
        await sheet.WriteAsync("Leads!A2", J.Rows(["2026-11-22 10:04"]));

        await sheet.WriteAsync("Leads!A2:B2", J.Rows([46349.5, 7]), "RAW");

        Assert.Equal(["2026-11-23 12:00", "7"], J.Values(await sheet.ValuesAsync("Leads!A2:B2"))[0]);
        var serial = await sheet.ValuesAsync("Leads!A2", "?valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=FORMATTED_STRING");
        Assert.Equal("2026-11-23 12:00", (string?)serial["values"]![0]![0]);
    }

    [Fact]
    public async Task Reads_leave_out_trailing_empty_cells_and_rows_and_show_empty_cells_inside_as_empty_strings()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["Lead ID", "", "Name"], ["", "", ""], ["L-1"]);
        sheet.Leads.Type("B2", "x");
        sheet.Leads.Type("B2", "");

        var range = await sheet.ValuesAsync("Leads");

        Assert.Equal("Leads!A1:Z1000", (string?)range["range"]);
        Assert.Equal("ROWS", (string?)range["majorDimension"]);
        Assert.Equal("""[["Lead ID","","Name"],[],["L-1"]]""", range["values"]!.ToJsonString());
    }

    [Fact]
    public async Task An_empty_range_has_no_values_member()
    {
        await using var sheet = await Sheet.StartAsync();

        var range = await sheet.ValuesAsync("Team!A1:C3");

        Assert.Null(range["values"]);
        Assert.Equal("Team!A1:C3", (string?)range["range"]);
    }

    [Fact]
    public async Task BatchGet_normalises_each_range_and_honours_major_dimension()
    {
        await using var sheet = await Sheet.StartAsync(null, "Leads", "My Tab");
        sheet.Leads.SetRows("A1", ["a", "b"], ["c", "d"]);

        var reply = await sheet.GetAsync("/values:batchGet?ranges=Leads!A1:Q&ranges=%27My%20Tab%27!A:A&ranges=A1:B2&majorDimension=COLUMNS");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var ranges = (JsonArray)reply.Body!["valueRanges"]!;
        Assert.Equal(["Leads!A1:Q1000", "'My Tab'!A1:A1000", "Leads!A1:B2"], ranges.Select(r => (string)r!["range"]!));
        Assert.Equal("""[["a","c"],["b","d"]]""", ranges[2]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task Null_values_leave_cells_alone_and_empty_strings_clear_them()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A2", ["keep", "clear", "old"]);

        var reply = await sheet.PostAsync("/values:batchUpdate", J.Parse("""
            {"valueInputOption":"RAW","data":[{"range":"Leads!A2:C2","values":[[null,"","new"]]}]}
            """));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["keep", "", "new"], J.Values(await sheet.ValuesAsync("Leads!A2:C2"))[0]);
        Assert.Equal(2, (int)reply.Body!["totalUpdatedCells"]!);
        Assert.Equal("Leads!A2:C2", (string?)reply.Body["responses"]![0]!["updatedRange"]);
    }

    [Fact]
    public async Task Values_writes_need_a_value_input_option()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PutAsync("/values/Leads!A1", new JsonObject { ["values"] = J.Rows(["x"]) });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED", reply.ErrorMessage);
    }

    [Fact]
    public async Task Writing_more_than_the_range_holds_is_refused()
    {
        await using var sheet = await Sheet.StartAsync();

        var reply = await sheet.PutAsync("/values/Leads!A1:B1?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["a", "b", "c"]) });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("Requested writing within range [Leads!A1:B1], but tried writing to column [C]", reply.ErrorMessage);
        Assert.Empty(sheet.Leads.FormattedValues());
    }

    [Fact]
    public async Task Values_updates_past_the_last_row_exceed_the_grid_while_appends_grow_it()
    {
        await using var sheet = await Sheet.StartAsync();

        var update = await sheet.PutAsync("/values/Leads!A1000?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["a"], ["b"]) });
        var append = await sheet.PostAsync("/values/Leads!A1000:append?valueInputOption=RAW", new JsonObject { ["values"] = J.Rows(["a"], ["b"]) });

        Assert.Equal(HttpStatusCode.BadRequest, update.Status);
        Assert.Equal("Range ('Leads'!A1000:A1001) exceeds grid limits. Max rows: 1000, max columns: 26", update.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, append.Status);
        Assert.Equal(1001, sheet.Leads.RowCount);
    }

    [Fact]
    public async Task Reading_past_the_grid_or_an_unknown_tab_is_a_bad_request_in_Googles_words()
    {
        await using var sheet = await Sheet.StartAsync();

        var beyond = await sheet.GetAsync("/values/Leads!A2000");
        var unknown = await sheet.GetAsync("/values/Foo!A1");

        Assert.Equal("Range ('Leads'!A2000) exceeds grid limits. Max rows: 1000, max columns: 26", beyond.ErrorMessage);
        Assert.Equal("Unable to parse range: Foo!A1", unknown.ErrorMessage);
        Assert.Equal("INVALID_ARGUMENT", unknown.ErrorStatus);
        Assert.Equal("badRequest", (string?)unknown.Body!["error"]!["errors"]![0]!["reason"]);
    }

    [Fact]
    public async Task Tab_names_in_ranges_match_case_insensitively()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.Type("A1", "x");

        var range = await sheet.ValuesAsync("leads!A1");

        Assert.Equal("Leads!A1", (string?)range["range"]);
        Assert.Equal([["x"]], J.Values(range));
    }

    [Fact]
    public async Task Gzipped_request_bodies_are_read()
    {
        await using var sheet = await Sheet.StartAsync();
        var json = Encoding.UTF8.GetBytes("""{"values":[["zipped"]]}""");
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(json);
        using var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await sheet.Http.PutAsync(sheet.Path("/values/Leads!A1?valueInputOption=RAW&alt=json&prettyPrint=false"), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zipped", sheet.Leads.Cell("A1").FormattedValue);
    }

    [Fact]
    public async Task Formulas_read_back_as_formulas_or_values_by_render_option()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Leads.SetRows("A1", ["2", "3", "=A1*B1", "=COUNTA(A1:B1)&\" filled\"", "=IMPORTXML(\"http://x\",\"//a\")"]);

        Assert.Equal(["2", "3", "6", "2 filled", "#N/A"], J.Values(await sheet.ValuesAsync("Leads!A1:E1"))[0]);
        Assert.Equal("=A1*B1", J.Values(await sheet.ValuesAsync("Leads!C1", "?valueRenderOption=FORMULA"))[0][0]);
    }

    [Fact]
    public async Task Summary_style_formulas_evaluate_like_Sheets()
    {
        await using var sheet = await Sheet.StartAsync();
        sheet.Spreadsheet.Tab("Team").SetRows("A1", ["1"], ["2"], ["3"], ["10"]);
        sheet.Leads.SetRows("A1",
            ["=MEDIAN(Team!A1:A4)", "=PERCENTILE.INC(Team!A:A,0.9)", "=HYPERLINK(\"#gid=0&range=A5\",\"L-000005\")", "=SUM(Team!A1:A4)/0", "=NOPE(1)"]);

        Assert.Equal(["2.5", "7.9", "L-000005", "#DIV/0!", "#NAME?"], sheet.Leads.FormattedValues()[0]);
    }
}
