using System.Text.Json.Nodes;
using SheetLeads.Core.Leads;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;
using SheetLeads.SheetsEmulator;
using Google.Apis.Util;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;
using SheetLeads.Worker.GoogleSheets.Summary;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;

namespace SheetLeads.Worker.Tests.GoogleSheets.Summary;

public sealed class GoogleSummaryWriterTests
{
    private static readonly string[][] LeadRows =
    [
        ["Lead ID", "Received", "Name"],
        ["L-000001", "2026-11-20 09:00", "Ann Lee"],
        ["L-000002", "2026-11-21 10:30", "Bo \"Bobby\" Chan"],
    ];

    /// <summary>The workbook tests' report, with a customer's formula-looking text and a two-source weekly table.</summary>
    private static SummaryReport Report(IReadOnlyList<string>? alerts = null, int tables = 3, int weeks = 2) => new(
        alerts ?? ["Channel mail has not been read since 2026-11-25 11:56: Connection refused"],
        [
            new(SummaryLabels.OpenLeads, SummaryCell.Count(12)),
            new(SummaryLabels.MedianFirstResponse, new SummaryCell(CellValue.Number(1.3), SummaryFormat.Hours)),
            new(SummaryLabels.AnsweredWithinTarget, new SummaryCell(CellValue.Number(0.25), SummaryFormat.Percent)),
            new(SummaryLabels.ConversionThisMonth, new SummaryCell(CellValue.Empty, SummaryFormat.Percent)),
        ],
        new[]
        {
            new SummaryTable(SummaryLabels.OverdueAndStale, ["Lead", "Owner", "How late"],
                [[new SummaryCell(CellValue.Text("L-000002 Bo \"Bobby\" Chan"), Link: new LeadLink(new LeadId(2), 3)), SummaryCell.Text("Alice Hart"), SummaryCell.Text("Overdue 2d")]]),
            new SummaryTable(SummaryLabels.LostReasons, ["Reason", "Leads"],
                [[SummaryCell.Text("=IMPORTXML(\"x\")"), SummaryCell.Count(1)]]),
            new SummaryTable(SummaryLabels.ColourLegend, ["Colour", "Meaning"],
                [[new SummaryCell(CellValue.Text("Late"), Highlight: Highlight.Late), SummaryCell.Text("No response, Overdue")]]),
        }.Take(tables).ToArray(),
        new SummaryTable(SummaryLabels.LeadsPerWeek, ["Week", "Email", "Form"],
            Enumerable.Range(0, weeks)
                .Select(w => (IReadOnlyList<SummaryCell>)
                [
                    new SummaryCell(CellValue.Date(new DateOnly(2026, 11, 16).AddDays(7 * w)), SummaryFormat.Date),
                    SummaryCell.Count(4 + w),
                    SummaryCell.Count(2),
                ])
                .ToArray()),
        new DateTime(2026, 11, 25, 12, 0, 0));

    private static async Task<EmulatedGoogle> StartAsync(bool withSummaryTab = true)
    {
        var google = await EmulatedGoogle.StartAsync(null, withSummaryTab ? ["Leads", "Summary"] : ["Leads"]);
        google.Spreadsheet.Tab("Leads").SetRows("A1", LeadRows);
        return google;
    }

    [Fact]
    public async Task Lays_the_report_out_as_the_workbook_does()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var tab = google.Spreadsheet.Tab("Summary");
        // Alerts first, in bold red, then a blank row.
        Assert.Equal("Channel mail has not been read since 2026-11-25 11:56: Connection refused", tab.Cell("A1").FormattedValue);
        Assert.Equal("", tab.Cell("A2").FormattedValue);
        // Key figures: the title with the stamp beside it, label in A, value in B with its number format.
        Assert.Equal(["Key figures", "updated 2026-11-25 12:00"], Row(tab, 3));
        Assert.Equal(["Open leads", "12"], Row(tab, 4));
        Assert.Equal(["Median first response (working hours)", "1.3"], Row(tab, 5));
        Assert.Equal(["Answered within target", "25%"], Row(tab, 6));
        Assert.Equal(["Conversion this month"], Row(tab, 7));
        Assert.Equal(1.3, tab.Cell("B5").EffectiveValue); // not rounded: the format shows one decimal
        Assert.Equal(("NUMBER", "0.0"), (tab.NumberFormatType("B5"), tab.NumberFormatPattern("B5")));
        Assert.Equal("PERCENT", tab.NumberFormatType("B6"));
        Assert.Equal("PERCENT", tab.NumberFormatType("B7")); // empty, but formatted as its figure
        // Tables: a blank row, the title, the header, the rows.
        Assert.Equal("", tab.Cell("A8").FormattedValue);
        Assert.Equal(["Overdue and stale"], Row(tab, 9));
        Assert.Equal(["Lead", "Owner", "How late"], Row(tab, 10));
        Assert.Equal(["L-000002 Bo \"Bobby\" Chan", "Alice Hart", "Overdue 2d"], Row(tab, 11));
        Assert.Equal(["Lost reasons"], Row(tab, 13));
        Assert.Equal(["Colour legend"], Row(tab, 17));
        Assert.Equal(["Late", "No response, Overdue"], Row(tab, 19));
        Assert.Equal(["Leads per week by source"], Row(tab, 21));
        Assert.Equal(["Week", "Email", "Form"], Row(tab, 22));
        Assert.Equal(["2026-11-16", "4", "2"], Row(tab, 23));
        Assert.Equal(["2026-11-23", "5", "2"], Row(tab, 24));
        Assert.Equal(24, tab.FormattedValues().Count);
        Assert.Equal("DATE", tab.NumberFormatType("A23"));
        Assert.Equal(46342.0, tab.Cell("A23").EffectiveValue); // 2026-11-16 as a serial number
        // The legend painted in its highlight colour; nothing else painted.
        Assert.Equal(HighlightColours.Rgb(Highlight.Late), tab.BackgroundRgb("A19"));
        Assert.Null(tab.BackgroundRgb("B19"));
        Assert.Null(tab.BackgroundRgb("A1"));
        Assert.Equal(340, tab.ColumnWidth(0));
    }

    [Fact]
    public async Task Titles_and_headers_are_bold_alerts_bold_red_and_links_blue()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var read = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId)
        {
            Ranges = new Repeatable<string>(["'Summary'!A1:C11"]),
            IncludeGridData = true,
        }, default);
        var rows = read.Sheets!.Single().Data!.Single().RowData!;
        TextFormat? Text(int row, int column) =>
            rows[row - 1].Values is { } values && column < values.Count ? values[column].UserEnteredFormat?.TextFormat : null;
        Assert.True(Text(1, 0)!.Bold);
        Assert.Equal(0xC0 / 255f, Text(1, 0)!.ForegroundColor!.Red!.Value, 3);
        Assert.True(Text(3, 0)!.Bold);       // Key figures
        Assert.Null(Text(4, 0));              // a figure's label
        Assert.True(Text(9, 0)!.Bold);       // a table's title
        Assert.True(Text(10, 2)!.Bold);      // its header
        Assert.Null(Text(11, 1));             // its rows
        Assert.True(Text(11, 0)!.Underline); // a link
    }

    [Fact]
    public async Task Headers_over_numbers_and_dates_are_right_aligned_above_them_and_those_over_text_are_not()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var read = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId)
        {
            Ranges = new Repeatable<string>(["'Summary'!A14:B14", "'Summary'!A22:C22"]),
            IncludeGridData = true,
        }, default);
        var data = read.Sheets!.Single().Data!;
        string Alignment(int range) => string.Join(" | ", data[range].RowData!.Single().Values!.Select(v => v.UserEnteredFormat?.HorizontalAlignment ?? "-"));
        Assert.Equal("- | RIGHT", Alignment(0));              // Lost reasons: Reason | Leads
        Assert.Equal("RIGHT | RIGHT | RIGHT", Alignment(1));  // Week | Email | Form
    }

    [Fact]
    public async Task The_overdue_list_links_to_the_leads_row_in_the_Leads_tab()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var link = google.Spreadsheet.Tab("Summary").Cell("A11");
        var leads = google.Spreadsheet.Tab("Leads").SheetId;
        Assert.True(link.IsFormula);
        Assert.Equal($"=HYPERLINK(\"#gid={leads}&range=A3\",\"L-000002 Bo \"\"Bobby\"\" Chan\")", link.UserEnteredValue);
        Assert.Equal("L-000002 Bo \"Bobby\" Chan", link.FormattedValue);
    }

    [Fact]
    public async Task A_customers_formula_looking_text_shows_literally()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var cell = google.Spreadsheet.Tab("Summary").Cell("A15");
        Assert.Equal("=IMPORTXML(\"x\")", cell.FormattedValue);
        Assert.False(cell.IsFormula);
        Assert.Equal(1.0, google.Spreadsheet.Tab("Summary").Cell("B15").EffectiveValue);
    }

    [Fact]
    public async Task The_chart_is_a_stacked_column_chart_of_the_weekly_table_beside_the_tables()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        var tab = google.Spreadsheet.Tab("Summary");
        var spec = JsonNode.Parse(Assert.Single(tab.ChartSpecs))!;
        var chart = spec["basicChart"]!;
        Assert.Equal(("COLUMN", "STACKED", 1), ((string?)chart["chartType"], (string?)chart["stackedType"], (int?)chart["headerCount"]));
        // Header row 22 to the last week (row 24): zero-based rows 21 to 24; the week column is the domain.
        Assert.Equal(Range(tab.SheetId, 21, 24, 0), Source(chart["domains"]![0]!["domain"]!));
        var series = chart["series"]!.AsArray().Select(s => Source(s!["series"]!)).ToArray();
        Assert.Equal([Range(tab.SheetId, 21, 24, 1), Range(tab.SheetId, 21, 24, 2)], series);
        var read = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "sheets(properties.title,charts)" }, default);
        var anchor = read.Sheets!.Single(s => s.Properties!.Title == "Summary").Charts!.Single().Position!.OverlayPosition!.AnchorCell!;
        Assert.Equal((tab.SheetId, 2, 4), (anchor.SheetId, anchor.RowIndex, anchor.ColumnIndex)); // beside Key figures, right of the widest table
    }

    [Fact]
    public async Task A_second_write_replaces_the_first()
    {
        await using var google = await StartAsync();
        using var client = google.Client();
        var writer = new GoogleSummaryWriter(client, "Summary", "Leads");
        await writer.WriteAsync(Report(), default);

        await writer.WriteAsync(Report(alerts: [], tables: 0, weeks: 3), default);

        var tab = google.Spreadsheet.Tab("Summary");
        Assert.Equal(["Key figures", "updated 2026-11-25 12:00"], Row(tab, 1));
        Assert.Equal(["Open leads", "12"], Row(tab, 2));
        // 5 Key figures rows, a blank row, the weekly table (title, header, three weeks); the old rows are gone.
        Assert.Equal(11, tab.FormattedValues().Count);
        Assert.Equal(["2026-11-30", "6", "2"], Row(tab, 11));
        Assert.Null(tab.BackgroundRgb("A19"));
        Assert.False(tab.Cell("A11").IsFormula);
        Assert.Null(tab.NumberFormatType("B6")); // a blank row now: the old percentage format is gone too
        var spec = JsonNode.Parse(Assert.Single(tab.ChartSpecs))!;
        Assert.Equal(Range(tab.SheetId, 7, 11, 0), Source(spec["basicChart"]!["domains"]![0]!["domain"]!));
    }

    [Fact]
    public async Task Each_write_is_one_read_and_one_batchUpdate_and_leaves_the_Leads_tab_alone()
    {
        await using var google = await StartAsync();
        var leads = google.Spreadsheet.Tab("Leads");
        var before = leads.FormattedValues();
        var leadsFormat = leads.NumberFormatType("B2");
        using var client = google.Client();
        var writer = new GoogleSummaryWriter(client, "Summary", "Leads");
        google.Emulator.Requests.Clear();

        await writer.WriteAsync(Report(), default);
        await writer.WriteAsync(Report(), default);

        Assert.Equal(2, google.Emulator.Requests.Count("spreadsheets.get"));
        Assert.Equal(2, google.Emulator.Requests.Count("spreadsheets.batchUpdate"));
        Assert.Equal(4, google.Emulator.Requests.All.Count(r => r.Method != "token"));
        Assert.Equal(before, leads.FormattedValues());
        Assert.Equal(leadsFormat, leads.NumberFormatType("B2"));
        Assert.Equal(0, leads.ChartCount);
        Assert.Null(leads.ColumnWidth(0));
        Assert.Equal(1, google.Spreadsheet.Tab("Summary").ChartCount);
    }

    [Fact]
    public async Task A_missing_Summary_tab_is_created_in_the_same_batch()
    {
        await using var google = await StartAsync(withSummaryTab: false);
        using var client = google.Client();

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        Assert.Equal(["Leads", "Summary"], google.Spreadsheet.TabTitles);
        var tab = google.Spreadsheet.Tab("Summary");
        Assert.Equal(["Open leads", "12"], Row(tab, 4));
        Assert.Equal(1, tab.ChartCount);
        Assert.Equal(1, google.Emulator.Requests.Count("spreadsheets.batchUpdate"));
        Assert.Equal(1, google.Emulator.Requests.Count("spreadsheets.get"));
    }

    [Fact]
    public async Task A_report_without_leads_is_still_a_readable_tab_and_has_no_chart()
    {
        await using var google = await StartAsync();
        using var client = google.Client();
        var business = new BusinessOptions { TimeZone = "Europe/London" };
        var builder = new SummaryBuilder(CoreSettings.Summary(business, new TeamOptions(), new SyncOptions()));
        var report = builder.Build([], [], [], new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(report, default);

        var tab = google.Spreadsheet.Tab("Summary");
        Assert.Equal("Key figures", tab.Cell("A1").FormattedValue);
        Assert.Equal(["Open leads", "0"], Row(tab, 2));
        Assert.Contains(tab.FormattedValues(), r => r.Count > 0 && r[0] == SummaryLabels.ColourLegend);
        Assert.Equal(0, tab.ChartCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_whose_answer_was_lost_is_checked_and_not_applied_twice(bool withSummaryTab) // else the lost batch adds the tab
    {
        await using var google = await StartAsync(withSummaryTab);
        using var client = google.Client();
        var writer = new GoogleSummaryWriter(client, "Summary", "Leads");
        if (withSummaryTab)
            await writer.WriteAsync(Report(), default); // an old chart for the lost batch to delete
        google.Emulator.Requests.Clear();
        google.Emulator.Faults.Next(Fault.LoseResponseAfterApply(), "spreadsheets.batchUpdate");

        await writer.WriteAsync(Report(weeks: 3), default);

        Assert.Equal(1, google.Emulator.Requests.Count("spreadsheets.batchUpdate"));
        Assert.Equal(2, google.Emulator.Requests.Count("spreadsheets.get")); // the write's read, then the check
        var tab = google.Spreadsheet.Tab("Summary");
        Assert.Equal(1, tab.ChartCount);
        Assert.Equal(["2026-11-30", "6", "2"], Row(tab, 25));
    }

    [Fact]
    public async Task A_batch_that_failed_unapplied_is_sent_again()
    {
        await using var google = await StartAsync(withSummaryTab: false);
        using var client = google.Client();
        google.Emulator.Faults.Next(Fault.Status(503), "spreadsheets.batchUpdate");

        await new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default);

        Assert.Equal(2, google.Emulator.Requests.Count("spreadsheets.batchUpdate"));
        Assert.Equal(["Leads", "Summary"], google.Spreadsheet.TabTitles);
        Assert.Equal(1, google.Spreadsheet.Tab("Summary").ChartCount);
    }

    [Fact]
    public async Task A_Summary_tab_that_is_the_Leads_tab_is_refused_without_a_call()
    {
        await using var google = await StartAsync();
        using var client = google.Client();

        await Assert.ThrowsAsync<SheetLayoutException>(() => new GoogleSummaryWriter(client, "leads", "Leads").WriteAsync(Report(), default));

        Assert.Equal(0, google.Emulator.Requests.Count("spreadsheets.batchUpdate"));
    }

    [Fact]
    public async Task A_sheet_not_shared_with_the_account_says_what_to_do()
    {
        await using var google = await StartAsync();
        google.Spreadsheet.Unshare(google.Account.Email);
        using var client = google.Client();

        var e = await Assert.ThrowsAsync<SheetUnavailableException>(() => new GoogleSummaryWriter(client, "Summary", "Leads").WriteAsync(Report(), default));

        Assert.Contains("share the sheet with " + google.Account.Email, e.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Row(SheetsEmulator.EmulatedTab tab, int rowNumber)
    {
        var rows = tab.FormattedValues();
        return rowNumber <= rows.Count ? rows[rowNumber - 1] : [];
    }

    private static string Range(int sheetId, int startRow, int endRow, int column) =>
        $"{sheetId}:{startRow}-{endRow}:{column}-{column + 1}";

    private static string Source(JsonNode data)
    {
        var range = Assert.Single(data["sourceRange"]!["sources"]!.AsArray())!;
        return $"{(int)range["sheetId"]!}:{(int)range["startRowIndex"]!}-{(int)range["endRowIndex"]!}:{(int)range["startColumnIndex"]!}-{(int)range["endColumnIndex"]!}";
    }
}
