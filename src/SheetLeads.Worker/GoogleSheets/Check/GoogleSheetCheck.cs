using SheetLeads.Core.Sheet;
using Google.Apis.Util;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;
using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.GoogleSheets.Check;

/// <summary>
/// <c>check</c> on Google (SPEC §8): the key is accepted and the spreadsheet opens, the service account may edit it
/// (proved by an atomic batchUpdate that adds and removes a developer metadata entry, so nothing changes), and the
/// Leads tab has the columns SheetLeads needs. Each failing verdict says exactly what to fix.
/// </summary>
internal sealed class GoogleSheetCheck(SheetsClient client, string leadsTab)
{
    private const string ProbeKey = "sheetleads.check";

    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var location = $"Google spreadsheet {client.SpreadsheetId}";
        Spreadsheet spreadsheet;
        try
        {
            spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "properties.title,sheets.properties.title" }, cancellationToken);
        }
        catch (Exception e) when (SheetsFailure.Message(e, client) is { } message)
        {
            return [new CheckVerdict("sheet access", false, message)];
        }
        var verdicts = new List<CheckVerdict>
        {
            new("sheet access", true, $"{location} (\"{spreadsheet.Properties?.Title}\") opens with the key of {client.ServiceAccount}."),
            await EditVerdictAsync(location, cancellationToken),
        };
        var titles = SheetTabs.Titles(spreadsheet);
        var tab = titles.FirstOrDefault(t => string.Equals(t, leadsTab, StringComparison.OrdinalIgnoreCase));
        if (tab is null)
        {
            verdicts.Add(new($"{leadsTab} tab", false, LayoutVerdicts.MissingTab(location, leadsTab, titles).Message));
            return verdicts;
        }
        verdicts.Add(new($"{leadsTab} tab", true, $"{location} has a {tab} tab."));
        var team = titles.FirstOrDefault(t => string.Equals(t, SheetLayout.TeamTab, StringComparison.OrdinalIgnoreCase));
        verdicts.AddRange(await ColumnsAndTeamAsync(tab, team, location, cancellationToken));
        return verdicts;
    }

    private async Task<CheckVerdict> EditVerdictAsync(string location, CancellationToken cancellationToken)
    {
        var probe = new DataFilter { DeveloperMetadataLookup = new DeveloperMetadataLookup { MetadataKey = ProbeKey } };
        try
        {
            await client.WriteAsync(new BatchUpdateSpreadsheet(client.Api, client.SpreadsheetId, new BatchUpdateSpreadsheetRequest
            {
                Requests =
                [
                    new Request
                    {
                        CreateDeveloperMetadata = new CreateDeveloperMetadataRequest
                        {
                            DeveloperMetadata = new DeveloperMetadata
                            {
                                MetadataKey = ProbeKey, MetadataValue = "edit access", Visibility = "DOCUMENT",
                                Location = new DeveloperMetadataLocation { Spreadsheet = true },
                            },
                        },
                    },
                    new Request { DeleteDeveloperMetadata = new DeleteDeveloperMetadataRequest { DataFilter = probe } },
                ],
            }), applied: null, cancellationToken);
            return new("sheet edit access", true, $"{client.ServiceAccount} may edit {location}.");
        }
        catch (Exception e) when (SheetsFailure.Message(e, client) is { } message)
        {
            return new("sheet edit access", false, message);
        }
    }

    // The Leads tab's header and the Team tab in one read.
    private async Task<IReadOnlyList<CheckVerdict>> ColumnsAndTeamAsync(string tab, string? team, string location, CancellationToken cancellationToken)
    {
        var subject = $"{leadsTab} columns";
        BatchGetValuesResponse read;
        try
        {
            read = await client.ReadAsync(new BatchGetValues(client.Api, client.SpreadsheetId)
            {
                Ranges = new Repeatable<string>(team is null ? [A1.Row(tab, 1)] : [A1.Row(tab, 1), A1.Tab(team)]),
            }, cancellationToken);
        }
        catch (Exception e) when (SheetsFailure.Message(e, client) is { } message)
        {
            return [new(subject, false, message)];
        }
        static IReadOnlyList<string> Texts(IList<object?>? row) =>
            row?.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray() ?? [];
        var header = Texts(read.ValueRanges?.FirstOrDefault()?.Values?.FirstOrDefault());
        var roster = team is null ? null : Roster(read.ValueRanges?.Skip(1).FirstOrDefault()?.Values);
        return [LayoutVerdicts.Columns(subject, tab, location, header), LayoutVerdicts.Team(roster, location)];

        static TeamRoster Roster(IList<IList<object?>>? rows)
        {
            var texts = (rows ?? []).Select(r => Texts(r)).ToArray();
            return texts.Length == 0
                ? new TeamRoster([])
                : TeamRoster.Read(texts[0], texts.Skip(1).Select(r => (IReadOnlyList<CellValue>)r.Select(CellValue.Text).ToArray()));
        }
    }

}
