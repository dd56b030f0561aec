using System.Net;
using Google.Apis.Util;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.GoogleSheets.Api;
using SheetLeads.Worker.GoogleSheets.Api.Model;
using SheetLeads.Worker.Hosting;
using SheetLeads.Worker.Options;
using SheetLeads.Worker.State;

namespace SheetLeads.Worker.GoogleSheets;

/// <summary>
/// The Google Sheets back end (SPEC §4, §8). A cycle costs one read (values, formulas, row anchors and the lease in
/// one <c>spreadsheets.get</c>); a cycle with only new leads then costs one <c>values.append</c> and one formatting
/// batchUpdate, and a quiet cycle writes nothing. Changes to existing rows first renew the lease and anchor the
/// rows, read them back through their anchors to check each still holds its lead, and are then written in one
/// <c>values.batchUpdateByDataFilter</c>.
/// </summary>
internal sealed partial class GoogleLeadSheet : ILeadSheet, IDisposable
{
    private readonly GoogleSheetOptions _options;
    private readonly SheetLayout _layout;
    private readonly IWorkerIdentity _identity;
    private readonly TimeProvider _time;
    private readonly ILogger<GoogleLeadSheet> _logger;
    private SheetsClient? _client;
    private SheetLease? _lease;
    private LeadsGrid? _grid;
    // The last answer read whole and the grid made of it: an identical answer (an idle cycle) gives back the same grid.
    private (GridRead Read, LeadsGrid Grid)? _last;
    private readonly AnswerBuffer _answer = new();
    private readonly ISheetNotes _notes;

    /// <summary>How long a sheet found without a Team tab is read without asking for one (a range on a missing tab fails the read).</summary>
    private static readonly TimeSpan TeamProbe = TimeSpan.FromHours(1);

    public GoogleLeadSheet(GoogleSheetOptions options, SheetLayout layout, IWorkerIdentity identity, ISheetNotes notes, TimeProvider time, ILogger<GoogleLeadSheet> logger)
    {
        _options = options;
        _notes = notes;
        _layout = layout;
        _identity = identity;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Location => $"Google spreadsheet {_options.SpreadsheetId}";

    /// <inheritdoc />
    public int Calls => _client?.Calls ?? 0;

    private string Tab => _layout.LeadsTab;

    /// <inheritdoc />
    public async Task<SheetSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var client = Client();
        try
        {
            var read = await ReadTabsAsync(client, _last?.Read, cancellationToken);
            LeadsGrid grid;
            if (_last is { } last && ReferenceEquals(read, last.Read))
                grid = last.Grid;
            else if (SheetTabs.Find(read.Sheets, Tab) is { HasData: false } bare)
            {
                await ReadValuesIntoAsync(bare, client, cancellationToken);
                grid = LeadsGrid.From(read, Tab, Location)!;
                _last = null;
            }
            else
            {
                grid = LeadsGrid.From(read, Tab, Location) ?? throw await MissingTabAsync(client, cancellationToken);
                _last = (read, grid);
            }
            _grid = grid;
            _lease!.Seen(grid.LeaseEntry, grid.Lease);
            return grid.Snapshot;
        }
        catch (SheetsCallException e) when (IsUnparsedRange(e))
        {
            throw await MissingTabAsync(client, cancellationToken);
        }
        catch (Exception e) when (SheetsFailure.Explain(e, client) is { } explained)
        {
            _logger.SheetUnavailable(Location, explained.Message);
            throw explained;
        }
    }

    // One spreadsheets.get for the Leads tab and the Team tab (SPEC §4). A sheet without a Team tab answers 400 for its
    // range: it is then read without one, and — noted in the worker's state, so a run of `sync --once` pays the extra
    // read once — asked for it again an hour later (init, or a person, may add it).
    private async Task<GridRead> ReadTabsAsync(SheetsClient client, GridRead? previous, CancellationToken cancellationToken)
    {
        var absentUntil = await _notes.TeamTabAbsentUntilAsync(cancellationToken);
        var withTeam = absentUntil is not { } until || _time.GetUtcNow() >= until;
        try
        {
            var spreadsheet = await client.ReadAsync(Get(client, withTeam, previous), cancellationToken);
            if (withTeam && absentUntil is not null)
                await _notes.NoteTeamTabAbsentAsync(null, cancellationToken);
            return spreadsheet;
        }
        catch (SheetsCallException e) when (withTeam && IsUnparsedRange(e) && e.GoogleMessage!.Contains(SheetLayout.TeamTab, StringComparison.Ordinal))
        {
            await _notes.NoteTeamTabAbsentAsync(_time.GetUtcNow() + TeamProbe, cancellationToken);
            _logger.NoTeamTab(Location, SheetLayout.TeamTab);
            return await client.ReadAsync(Get(client, withTeam: false, previous), cancellationToken);
        }
    }

    private ReadGrid Get(SheetsClient client, bool withTeam, GridRead? previous) =>
        new(client.Api, client.SpreadsheetId, withTeam ? [A1.Tab(Tab), A1.Tab(SheetLayout.TeamTab)] : [A1.Tab(Tab)], _answer, previous) { Fields = LeadsGrid.Fields };

    private static bool IsUnparsedRange(SheetsCallException e) =>
        e.Status == HttpStatusCode.BadRequest && e.GoogleMessage?.StartsWith("Unable to parse range", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    public async Task<SheetWriteReport> ApplyAsync(SheetChangePlan plan, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
            return new SheetWriteReport(0, 0, 0);
        var grid = _grid ?? throw new InvalidOperationException("The sheet is written only after it was read this cycle.");
        var client = Client();
        try
        {
            await _lease!.EnsureHeldAsync(cancellationToken);
            var me = await _identity.WorkerIdAsync(cancellationToken);
            var leaseRenewed = false;

            var changes = RowWriter.Outcome.None;
            if (plan.RowChanges.Count > 0)
            {
                var targets = RowLocator.Targets(plan, grid);
                var (renewal, renewed) = _lease.Renewal(me);
                await client.WriteAsync(Batch([renewal, .. RowLocator.Anchoring(targets, grid)]),
                    async ct => await _lease.IsInSheetAsync(renewed, ct) ? new BatchUpdateSpreadsheetResponse() : null, cancellationToken);
                _lease.Renewed(renewed);
                leaseRenewed = true;
                var located = await new RowLocator(client, Tab, Location).VerifyAsync(targets, grid, cancellationToken);
                changes = await new RowWriter(client, _logger).WriteAsync(located, grid, cancellationToken);
            }

            var firstNew = 0;
            if (plan.NewRows.Count > 0)
                firstNew = await new RowAppender(client, Tab).AppendAsync(plan.NewRows, grid, cancellationToken);

            var coloured = await FormatAsync(client, plan, grid, firstNew, changes, leaseRenewed ? null : me, cancellationToken);
            Log(plan, changes, coloured);
            return new SheetWriteReport(plan.NewRows.Count, changes.Written, changes.LeftAlone, plan.NewRows.Count > 0 ? firstNew : null);
        }
        catch (SheetChangedException e)
        {
            _logger.WriteRefusedChanged(Location, e.Message);
            throw;
        }
        catch (Exception e) when (SheetsFailure.Explain(e, client) is { } explained)
        {
            _logger.SheetUnavailable(Location, explained.Message);
            throw explained;
        }
    }

    /// <summary>
    /// The cycle's one formatting batchUpdate: the lease renewal (unless the cycle renewed it already), anchors and
    /// date formats for new rows, date formats for dates written into existing rows, and the row colours. The values
    /// are in the sheet by now, so a failure here is logged and the cycle goes on: the colours come with the next
    /// change of flag, the anchors when the row is next changed.
    /// </summary>
    private async Task<int> FormatAsync(SheetsClient client, SheetChangePlan plan, LeadsGrid grid, int firstNew, RowWriter.Outcome changes, string? renewFor, CancellationToken cancellationToken)
    {
        var map = grid.Snapshot.Columns;
        // Rows inserted above an existing row (when the table ends before it) pushed it down.
        int Now(int row) => firstNew > 0 && row >= firstNew ? row + plan.NewRows.Count : row;
        var rowOf = changes.RowsNow.ToDictionary(r => r.Key, r => Now(r.Value));
        for (var i = 0; i < plan.NewRows.Count && firstNew > 0; i++)
            rowOf[plan.NewRows[i].Id.ToString()] = firstNew + i;

        var requests = new List<Request>();
        LeaseRecord? renewed = null;
        if (renewFor is not null)
        {
            (var renewal, renewed) = _lease!.Renewal(renewFor);
            requests.Add(renewal);
        }
        if (firstNew > 0)
            requests.AddRange(FormatRequests.ForNewRows(grid.SheetId, firstNew, plan.NewRows, map));
        foreach (var (row, column, kind) in changes.DateCells)
            requests.Add(FormatRequests.DateFormat(grid.SheetId, Now(row), Now(row), column, kind));
        var coloured = 0;
        foreach (var highlight in plan.Highlights)
        {
            if (!rowOf.TryGetValue(highlight.Id.ToString(), out var row))
                continue;
            requests.Add(FormatRequests.Colour(grid.SheetId, row, Math.Max(grid.Snapshot.Header.Count, 1), highlight.Highlight));
            coloured++;
        }
        if (requests.Count == 0)
            return 0;
        try
        {
            await client.WriteAsync(Batch(requests),
                async ct => renewed is not null && await _lease!.IsInSheetAsync(renewed, ct) ? new BatchUpdateSpreadsheetResponse() : null, cancellationToken);
            if (renewed is not null)
                _lease!.Renewed(renewed);
            return coloured;
        }
        catch (Exception e) when (e is SheetsCallException or SheetsAuthException)
        {
            _logger.FormatsNotWritten(Location, e.Message);
            return 0;
        }
    }

    private BatchUpdateSpreadsheet Batch(IList<Request> requests) =>
        new(_client!.Api, _client.SpreadsheetId, new BatchUpdateSpreadsheetRequest { Requests = requests });

    private SheetsClient Client()
    {
        if (_client is not null)
            return _client;
        try
        {
            _client = SheetsConnection.Open(_options, _time, _logger);
        }
        catch (SheetsKeyException e)
        {
            _logger.SheetUnavailable(Location, e.Message);
            throw new SheetUnavailableException(e.Message, e);
        }
        _lease = new SheetLease(_client, _identity, _options.LeaseDuration, _time, _logger);
        return _client;
    }

    // Google always answers grid data when asked; a server that leaves it out still gets its values read (one more
    // read; no formulas or row anchors known, so every changed row is anchored afresh).
    private async Task ReadValuesIntoAsync(GridTab tab, SheetsClient client, CancellationToken cancellationToken)
    {
        var read = await client.ReadAsync(new BatchGetValues(client.Api, client.SpreadsheetId)
        {
            Ranges = new Repeatable<string>([A1.Tab(Tab)]),
            ValueRenderOption = "UNFORMATTED_VALUE",
        }, cancellationToken);
        tab.HasData = true;
        tab.StartRow = 0;
        foreach (var row in read.ValueRanges?.FirstOrDefault()?.Values ?? [])
            tab.Rows.Add(row.Select(CellJson.AsGridCell).ToArray());
    }

    private async Task<SheetLayoutException> MissingTabAsync(SheetsClient client, CancellationToken cancellationToken)
    {
        var spreadsheet = await client.ReadAsync(new GetSpreadsheet(client.Api, client.SpreadsheetId) { Fields = "sheets.properties.title" }, cancellationToken);
        return LayoutVerdicts.MissingTab(Location, Tab, SheetTabs.Titles(spreadsheet));
    }

    private void Log(SheetChangePlan plan, RowWriter.Outcome changes, int coloured)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
            return;
        if (plan.NewRows.Count > 0)
            _logger.RowsAppended(plan.NewRows.Count, Location, string.Join(", ", plan.NewRows.Select(r => r.Id)));
        if (plan.RowChanges.Count > 0)
            _logger.RowsUpdated(plan.RowChanges.Count, Location, changes.Written, changes.LeftAlone, string.Join(", ", plan.RowChanges.Select(c => c.Target)));
        if (coloured > 0)
            _logger.RowsColoured(coloured, Location);
    }

    public void Dispose() => _client?.Dispose();
}
