using SheetLeads.Core.Sheet;
using SheetLeads.Core.Summary;

namespace SheetLeads.Worker.Workbook;

internal sealed partial class WorkbookLeadSheet : ISummarySheet
{
    /// <inheritdoc />
    /// <remarks>
    /// Written like the Leads: under the same gate, with the file locked, changed in memory and replaced whole, so a
    /// Summary write never interleaves with a Leads write nor leaves half a workbook. Only the Summary tab's worksheet
    /// changes (and the styles it uses); the Leads tab is never touched. Not counted in the cycle's
    /// <see cref="Calls"/>: the Summary is not part of a sync cycle.
    /// </remarks>
    public async Task WriteSummaryAsync(SummaryReport report, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (WorkbookFile.IsMissing(_path))
                await CreateAsync(_layout, cancellationToken);
            LockedWorkbookFile file;
            try
            {
                file = await WorkbookFile.LockAsync(_path, cancellationToken);
            }
            catch (SheetUnavailableException e)
            {
                _logger.WriteRefusedLocked(_path, e.Message);
                throw;
            }
            await using (file)
            {
                using (var document = WorkbookDocument.Open(file.Contents, editable: true, _path))
                {
                    var workbook = document.WorkbookPart!;
                    var leads = LeadsTab.Find(workbook, _layout.LeadsTab);
                    var summary = LeadsTab.Find(workbook, _layout.SummaryTab) ?? LeadsTab.Add(workbook, _layout.SummaryTab);
                    if (leads is not null && summary.Part == leads.Part)
                        throw new SheetLayoutException($"The Summary tab of {_path} is its Leads tab; SheetLeads:Sheet:SummaryTab must name another tab.");
                    new SummaryTabWriter(workbook, leads?.Name ?? _layout.LeadsTab).Write(summary.Part, report);
                }
                await file.ReplaceAsync(file.Contents, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
