using Google.Apis.Util;
using SheetLeads.Core.Sheet;
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
        var titles = spreadsheet.Sheets?.Select(s => s.Properties?.Title).OfType<string>().ToArray() ?? [];
        var tab = titles.FirstOrDefault(t => string.Equals(t, leadsTab, StringComparison.OrdinalIgnoreCase));
        if (tab is null)
        {
            verdicts.Add(new($"{leadsTab} tab", false, $"{location} has no {leadsTab} tab (its tabs are: {string.Join(", ", titles)}). " +
                                                       $"Rename the tab back to {leadsTab}, or run 'sheetleads init' to add one."));
            return verdicts;
        }
        verdicts.Add(new($"{leadsTab} tab", true, $"{location} has a {tab} tab."));
        verdicts.Add(await ColumnsVerdictAsync(tab, location, cancellationToken));
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

    private async Task<CheckVerdict> ColumnsVerdictAsync(string tab, string location, CancellationToken cancellationToken)
    {
        var subject = $"{leadsTab} columns";
        BatchGetValuesResponse read;
        try
        {
            read = await client.ReadAsync(new BatchGetValues(client.Api, client.SpreadsheetId) { Ranges = new Repeatable<string>([A1.Row(tab, 1)]) }, cancellationToken);
        }
        catch (Exception e) when (SheetsFailure.Message(e, client) is { } message)
        {
            return new(subject, false, message);
        }
        var header = read.ValueRanges?.FirstOrDefault()?.Values?.FirstOrDefault()?.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray() ?? [];
        var map = ColumnMap.FromHeader(header);
        if (map.MissingRequired.Count > 0)
            return new(subject, false,
                $"The {tab} tab of {location} has no {string.Join(", ", map.MissingRequired.Select(LeadColumns.Described))} column, so SheetLeads will not write it; " +
                $"its header row is: {string.Join(" | ", header)}. Rename the column back (or to one of the names given), " +
                "or run 'sheetleads init', which adds missing columns at the end of the header.");
        if (map.Missing.Count > 0)
            return new(subject, true,
                $"The {tab} tab has every required column; it lacks {string.Join(", ", map.Missing.Select(c => $"'{LeadColumns.HeaderOf(c)}'"))}, " +
                "which SheetLeads then leaves out ('sheetleads init' adds them).");
        return new(subject, true, $"The {tab} tab has every column SheetLeads writes.");
    }

}
