using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;
using SheetLeads.Core.Planning;
using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The local .xlsx back end, the embedded default (SPEC §8): the Leads tab of a workbook on disk. Reads share the
/// file; a write locks it, refuses while an office program has it open, re-reads it, applies the plan all or
/// nothing and replaces the file whole. A missing workbook is created with the default layout on first read.
/// </summary>
internal sealed partial class WorkbookLeadSheet : ILeadSheet, ISheetSetup, ICheckable, IDisposable
{
    private readonly string _path;
    private readonly SheetLayout _layout;
    private readonly ILogger<WorkbookLeadSheet> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _calls;

    /// <summary>The workbook at <paramref name="path"/>, laid out as <paramref name="layout"/> says.</summary>
    public WorkbookLeadSheet(string path, SheetLayout layout, ILogger<WorkbookLeadSheet> logger)
    {
        _path = path;
        _layout = layout;
        _logger = logger;
    }

    /// <inheritdoc />
    public string Location => _path;

    /// <inheritdoc />
    public int Calls => Volatile.Read(ref _calls);

    /// <inheritdoc />
    public async Task<SheetSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (WorkbookFile.IsMissing(_path))
                await CreateAsync(_layout, cancellationToken);
            Interlocked.Increment(ref _calls);
            await using var contents = await WorkbookFile.ReadAsync(_path, cancellationToken);
            using var document = WorkbookDocument.Open(contents, editable: false, _path);
            var workbook = document.WorkbookPart!;
            var tab = LeadsTab.Find(workbook, _layout.LeadsTab) ?? throw MissingTab(workbook, _layout.LeadsTab);
            var reader = new CellReader(workbook, new WorkbookStyles(workbook));
            var header = tab.Header(reader);
            var rows = tab.Rows
                .Where(r => r.Number > 1)
                .Select(r => new SheetRow(r.Number, LeadsTab.Values(r.Row, reader, header.Count)))
                .Where(r => !r.IsBlank)
                .ToArray();
            return new SheetSnapshot(_path, header, rows, TeamTab.Read(workbook, reader));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<SheetWriteReport> ApplyAsync(SheetChangePlan plan, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
            return new SheetWriteReport(0, 0, 0);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var file = await LockAsync(cancellationToken);
            PlanWriter.Outcome outcome;
            using (var document = WorkbookDocument.Open(file.Contents, editable: true, _path))
            {
                var workbook = document.WorkbookPart!;
                var tab = LeadsTab.Find(workbook, _layout.LeadsTab) ?? throw MissingTab(workbook, _layout.LeadsTab);
                var styles = new WorkbookStyles(workbook);
                var reader = new CellReader(workbook, styles);
                outcome = new PlanWriter(workbook, tab, reader, styles, _path).Apply(plan);
                tab.RefreshDimension(reader);
                WorkbookDocument.RecalculateOnOpen(workbook);
            }
            // A plan already applied (every fill taken, every line there) leaves the file as it is.
            if (outcome.ChangedNothing)
                return outcome.Report;
            await file.ReplaceAsync(file.Contents, cancellationToken);
            LogWrite(outcome);
            return outcome.Report;
        }
        catch (SheetChangedException e)
        {
            _logger.WriteRefusedChanged(_path, e.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<LockedWorkbookFile> LockAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        try
        {
            return await WorkbookFile.LockAsync(_path, cancellationToken);
        }
        catch (SheetUnavailableException e)
        {
            _logger.WriteRefusedLocked(_path, e.Message);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private void LogWrite(PlanWriter.Outcome outcome)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
            return;
        if (outcome.Appended.Count > 0)
            _logger.RowsAppended(outcome.Appended.Count, _path, string.Join(", ", outcome.Appended));
        if (outcome.Updated.Count > 0)
            _logger.RowsUpdated(outcome.Updated.Count, _path, outcome.Report.CellsWritten, outcome.Report.CellsLeftAlone, string.Join(", ", outcome.Updated));
        if (outcome.Coloured.Count > 0)
            _logger.RowsColoured(outcome.Coloured.Count, _path, string.Join(", ", outcome.Coloured));
    }

    private SheetLayoutException MissingTab(WorkbookPart workbook, string tab) => LayoutVerdicts.MissingTab(_path, tab, LeadsTab.Names(workbook));
}
