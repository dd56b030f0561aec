using System.Text;
using System.Text.Json;
using SheetLeads.Worker.GoogleSheets;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;

namespace SheetLeads.Worker.Tests.GoogleSheets;

public sealed class GridReaderTests
{
    [Fact]
    public async Task Reads_what_Google_Apis_own_model_reads_from_the_same_answer()
    {
        await using var google = await EmulatedGoogle.StartAsync(null, "Leads", "Team");
        var leads = google.Spreadsheet.Tab("Leads");
        leads.SetRows("A1",
            ["Lead ID", "Name", "Received", "Budget", "Opted in", "Check", "", "Notes"],
            ["L-000001", "Jane Smith", "2026-11-20 09:15", "2800", "TRUE", "=1/0", "", "ring after 5"],
            ["", "", "", "", "", "", "", ""],
            ["L-000002", "Émile Zoë — \"quoted\"", "", "=2*21", "FALSE", "", "", "line one\nline two"]);
        google.Spreadsheet.Tab("Team").SetRows("A1", ["Name", "Email"], ["Alice Hart", "alice@example.com"]);
        using var client = google.Client();
        await client.WriteAsync(new BatchUpdateSpreadsheet(client.Api, client.SpreadsheetId, new BatchUpdateSpreadsheetRequest
        {
            Requests =
            [
                new Request { CreateDeveloperMetadata = new CreateDeveloperMetadataRequest { DeveloperMetadata = new DeveloperMetadata
                {
                    MetadataKey = RowAnchor.Key, MetadataValue = "L-000002", Visibility = "PROJECT",
                    Location = new DeveloperMetadataLocation { DimensionRange = new DimensionRange { SheetId = leads.SheetId, Dimension = "ROWS", StartIndex = 3, EndIndex = 4 } },
                } } },
                new Request { CreateDeveloperMetadata = new CreateDeveloperMetadataRequest { DeveloperMetadata = new DeveloperMetadata
                {
                    MetadataKey = "sheetleads.lease", MetadataValue = "worker-a", Visibility = "PROJECT",
                    Location = new DeveloperMetadataLocation { Spreadsheet = true },
                } } },
            ],
        }), applied: null, default);
        string[] ranges = ["'Leads'", "'Team'"];

        var model = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId)
        {
            Ranges = new Google.Apis.Util.Repeatable<string>(ranges), IncludeGridData = true, Fields = LeadsGrid.Fields,
        }, default);
        var read = await client.ReadAsync(new ReadGrid(client.Api, client.SpreadsheetId, ranges, new AnswerBuffer()) { Fields = LeadsGrid.Fields }, default);

        Assert.Equal(Describe(model), Describe(read));
        Assert.Contains("Leads#" + leads.SheetId + " row 2: L-000001 | Jane Smith | 46346.385416666664 | 2800 | true | error DIVIDE_BY_ZERO (formula) | - | ring after 5", Describe(read));
        Assert.Contains("Leads row 4 metadata: sheetleads.lead=L-000002", Describe(read));
        Assert.Contains("spreadsheet metadata: sheetleads.lease=worker-a", Describe(read));
    }

    [Theory]
    [InlineData("<html><body>Service Unavailable</body></html>")]
    [InlineData("{\"sheets\": [{\"data\": [{\"rowData\": [{\"values\": [{\"effectiveValue\": ")]
    [InlineData("{\"sheets\": {\"title\": \"not an array\"}}")]
    public void An_answer_that_is_not_a_spreadsheet_is_refused_with_where_it_went_wrong(string answer)
    {
        var e = Assert.ThrowsAny<JsonException>(() => GridReader.Read(Encoding.UTF8.GetBytes(answer)));

        Assert.Contains("byte", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Members_it_does_not_use_are_skipped_and_a_missing_sheetId_is_0()
    {
        var answer = """
            {"spreadsheetId": "x", "properties": {"title": "Brightpath", "locale": "en_GB"},
             "sheets": [{"properties": {"title": "Leads", "gridProperties": {"rowCount": 1000}},
                         "data": [{"startRow": 0, "startColumn": 0, "columnMetadata": [{"pixelSize": 100}],
                                   "rowData": [{"values": [{"userEnteredValue": {}, "effectiveValue": {"stringValue": "Lead ID"}, "formattedValue": "Lead ID"}]},
                                               {},
                                               {"values": [{}, {"effectiveValue": {"numberValue": "NaN"}}]}]}]}]}
            """;

        var read = GridReader.Read(Encoding.UTF8.GetBytes(answer));

        var tab = Assert.Single(read.Sheets);
        Assert.Equal(("Leads", 0, 3), (tab.Title, tab.SheetId, tab.Rows.Count));
        Assert.Equal([new GridCell(GridCellKind.String, "Lead ID")], tab.Rows[0]);
        Assert.Empty(tab.Rows[1]);
        Assert.Equal([GridCell.Empty, new GridCell(GridCellKind.Number, Number: double.NaN)], tab.Rows[2]);
    }

    private static List<string> Describe(Spreadsheet model)
    {
        var lines = (model.DeveloperMetadata ?? []).Select(m => $"spreadsheet metadata: {m.MetadataKey}={m.MetadataValue}").ToList();
        foreach (var sheet in model.Sheets ?? [])
        {
            var data = sheet.Data![0];
            var rows = data.RowData ?? [];
            for (var r = 0; r < rows.Count; r++)
                lines.Add($"{sheet.Properties!.Title}#{sheet.Properties.SheetId ?? 0} row {(data.StartRow ?? 0) + r + 1}: " +
                          string.Join(" | ", (rows[r].Values ?? []).Select(c => Describe(c.EffectiveValue, c.UserEnteredValue?.FormulaValue is not null))));
            var metadata = data.RowMetadata ?? [];
            for (var r = 0; r < metadata.Count; r++)
                lines.AddRange((metadata[r].DeveloperMetadata ?? []).Select(m => $"{sheet.Properties!.Title} row {r + 1} metadata: {m.MetadataKey}={m.MetadataValue}"));
        }
        return lines;
    }

    private static List<string> Describe(GridRead read)
    {
        var lines = read.DeveloperMetadata.Select(m => $"spreadsheet metadata: {m.MetadataKey}={m.MetadataValue}").ToList();
        foreach (var tab in read.Sheets)
        {
            for (var r = 0; r < tab.Rows.Count; r++)
                lines.Add($"{tab.Title}#{tab.SheetId} row {tab.StartRow + r + 1}: " + string.Join(" | ", tab.Rows[r].Select(Describe)));
            lines.AddRange(tab.RowMetadata.Select(m => $"{tab.Title} row {m.Index + 1} metadata: {m.Entry.MetadataKey}={m.Entry.MetadataValue}"));
        }
        return lines;
    }

    private static string Describe(ExtendedValue? value, bool formula) => value switch
    {
        null => "-",
        { StringValue: { } s } => s,
        { NumberValue: { } n } => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        { BoolValue: { } b } => b ? "true" : "false",
        { ErrorValue: { } e } => $"error {e.Type}",
        _ => "-",
    } + (formula ? " (formula)" : "");

    private static string Describe(GridCell cell) => cell.Kind switch
    {
        GridCellKind.String => cell.Text!,
        GridCellKind.Number => cell.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        GridCellKind.Bool => cell.Number != 0 ? "true" : "false",
        GridCellKind.Error => $"error {cell.Text}",
        _ => "-",
    } + (cell.IsFormula ? " (formula)" : "");
}
