using System.Text.Json.Nodes;

namespace SheetLeads.SheetsEmulator.Tests;

public sealed class SeedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sheetleads-seed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_seed_file_is_typed_as_a_person_types_it_so_a_leading_apostrophe_phone_stays_text()
    {
        await using var emulator = await SheetsEmulator.StartAsync();
        var spreadsheet = emulator.CreateSpreadsheet("s", "Leads");
        var file = Write("""
            {"tab": "Leads", "rows": [
              ["Lead ID", "Received", "Phone", "Enquiries", "Flag"],
              ["L-000001", "2026-10-05 09:12", "'+447700900101", "1", null],
              ["L-000002", "2026-10-12 14:30", "+44 7700 900123", 2, true]
            ]}
            """);

        var tab = SeedFile.Load(file).ApplyTo(spreadsheet);

        var phone = tab.Cell("C2");
        Assert.Equal("+447700900101", phone.UserEnteredValue);
        Assert.Equal("+447700900101", phone.FormattedValue);
        Assert.False(phone.IsFormula);
        Assert.True(tab.Cell("C3").IsFormula);
        Assert.Equal(46300.383333333331, (double)tab.Cell("B2").UserEnteredValue!, 6);
        Assert.Equal("DATE_TIME", tab.NumberFormatType("B2"));
        Assert.Equal(2d, tab.Cell("D3").UserEnteredValue);
        Assert.Equal(true, tab.Cell("E3").UserEnteredValue);
        var state = await StateEndpointTests.StateAsync(emulator, "s");
        var leads = state["spreadsheets"]!["s"]!["sheets"]![0]!;
        Assert.Equal(
            [
                ["Lead ID", "Received", "Phone", "Enquiries", "Flag"],
                ["L-000001", "2026-10-05 09:12", "+447700900101", "1"],
                ["L-000002", "2026-10-12 14:30", "#ERROR!", "2", "TRUE"],
            ],
            StateEndpointTests.Grid(leads));
        Assert.Equal([("C3", "=+44 7700 900123")], StateEndpointTests.Formulas(leads));
    }

    [Fact]
    public async Task Seeding_creates_a_missing_tab_at_the_end_and_grows_the_grid_when_the_rows_need_it()
    {
        await using var emulator = await SheetsEmulator.StartAsync();
        var spreadsheet = emulator.CreateSpreadsheet("s", "Summary");
        var rows = new JsonArray(Enumerable.Range(1, 1200)
            .Select(r => (JsonNode)new JsonArray(Enumerable.Range(0, r == 1 ? 30 : 1).Select(c => (JsonNode)JsonValue.Create($"r{r}c{c}")).ToArray()))
            .ToArray());
        var file = Write(new JsonObject { ["tab"] = "Leads", ["rows"] = rows }.ToJsonString());

        var tab = SeedFile.Load(file).ApplyTo(spreadsheet);

        Assert.Equal(["Summary", "Leads"], spreadsheet.TabTitles);
        Assert.Equal(1200, tab.RowCount);
        Assert.Equal(30, tab.ColumnCount);
        Assert.Equal("r1c29", tab.Cell("AD1").FormattedValue);
        Assert.Equal("r1200c0", tab.Cell("A1200").FormattedValue);
    }

    [Fact]
    public async Task Seeding_an_existing_tab_keeps_its_grid_and_matches_its_title_regardless_of_case()
    {
        await using var emulator = await SheetsEmulator.StartAsync();
        var spreadsheet = emulator.CreateSpreadsheet("s", "Leads", "Summary");

        var tab = SeedFile.Parse("""{"tab": "leads", "rows": [["Lead ID"], ["L-000001"]]}""").ApplyTo(spreadsheet);

        Assert.Equal(["Leads", "Summary"], spreadsheet.TabTitles);
        Assert.Equal("Leads", tab.Title);
        Assert.Equal((1000, 26), (tab.RowCount, tab.ColumnCount));
        Assert.Equal([["Lead ID"], ["L-000001"]], tab.FormattedValues());
    }

    [Theory]
    [InlineData("""[["a"]]""", "expected {\"tab\"")]
    [InlineData("""{"tab": "", "rows": []}""", "non-empty tab title")]
    [InlineData("""{"tab": "Leads"}""", "\"rows\" must be an array")]
    [InlineData("""{"tab": "Leads", "rows": [["a"], "b"]}""", "rows[1] is not an array")]
    [InlineData("""{"tab": "Leads", "rows": [["a", {"x": 1}]]}""", "rows[0][1] is not a string")]
    [InlineData("""{"tab": """, "not JSON")]
    public void A_seed_that_is_not_the_shape_is_refused_naming_the_file(string json, string message)
    {
        var file = Write(json);

        var error = Assert.Throws<FormatException>(() => SeedFile.Load(file));

        Assert.StartsWith(file + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standalone_mode_seeds_before_it_prints_its_address_and_the_state_hook_shows_the_seed()
    {
        var seed = Write("""{"tab": "Leads", "rows": [["Lead ID", "Phone"], ["L-000001", "'+447700900101"]]}""");
        var key = Path.Combine(_folder, "sa.json");
        var options = StandaloneOptions.Parse(["--port", "0", "--spreadsheet", "samples", "--key-out", key, "--tabs", "Leads,Summary", "--seed", seed])!;
        var output = new StringWriter();

        await using var emulator = await Standalone.StartAsync(options, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Sheets emulator: {emulator.BaseUri}", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Seeded:          Leads: 2 rows x 2 columns typed as USER_ENTERED from " + seed, StringComparison.Ordinal));
        Assert.Equal(emulator.TokenUri.ToString(), (string?)JsonNode.Parse(File.ReadAllText(key))!["token_uri"]);
        var state = await StateEndpointTests.StateAsync(emulator, "samples");
        var tabs = (JsonArray)state["spreadsheets"]!["samples"]!["sheets"]!;
        Assert.Equal(["Leads", "Summary"], tabs.Select(t => (string?)t!["properties"]!["title"]));
        Assert.Equal([["Lead ID", "Phone"], ["L-000001", "+447700900101"]], StateEndpointTests.Grid(tabs[0]!));
        Assert.Empty((JsonArray)tabs[0]!["formulas"]!);
    }

    [Fact]
    public async Task A_bad_seed_file_starts_nothing()
    {
        var options = StandaloneOptions.Parse(["--port", "0", "--key-out", Path.Combine(_folder, "sa.json"), "--seed", Path.Combine(_folder, "missing.json")])!;

        await Assert.ThrowsAsync<FileNotFoundException>(() => Standalone.StartAsync(options, TextWriter.Null));

        Assert.False(File.Exists(Path.Combine(_folder, "sa.json")));
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--port", "x")]
    [InlineData("--port", "70000")]
    [InlineData("--unknown", "1")]
    public void A_command_line_not_understood_gives_no_options(params string[] args) => Assert.Null(StandaloneOptions.Parse(args));

    [Fact]
    public void The_command_line_defaults_keep_the_old_standalone_mode()
    {
        var options = StandaloneOptions.Parse([])!;

        Assert.Equal((8787, "demo", null), (options.Port, options.SpreadsheetId, options.SeedFile));
        Assert.Equal(["Sheet1"], options.Tabs);
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
