using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Workbook;

internal sealed partial class WorkbookLeadSheet
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> PrepareAsync(SheetLayout layout, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (WorkbookFile.IsMissing(_path) && await CreateAsync(layout, cancellationToken) is { } created)
                return Reported([$"Created {_path} with a {layout.LeadsTab} tab"], created.Notes);
            await using var file = await LockAsync(cancellationToken);
            SetupOutcome outcome;
            bool addedTab;
            using (var document = WorkbookDocument.Open(file.Contents, editable: true, _path))
            {
                var workbook = document.WorkbookPart!;
                var tab = LeadsTab.Find(workbook, layout.LeadsTab);
                addedTab = tab is null;
                outcome = new LeadsTabSetup(workbook, layout).Prepare(tab ?? LeadsTab.Add(workbook, layout.LeadsTab));
            }
            if (outcome.Done.Count > 0 || addedTab)
                await file.ReplaceAsync(file.Contents, cancellationToken);
            return Reported(addedTab ? [$"Added a {layout.LeadsTab} tab to {_path}"] : outcome.Done, outcome.Notes);
        }
        finally
        {
            _gate.Release();
        }
    }

    // The same layout whether init or the first read creates the workbook (SPEC §8: the embedded default works on a fresh machine).
    // Null when a file appeared at the path meanwhile (it is then read, never replaced).
    private async Task<SetupOutcome?> CreateAsync(SheetLayout layout, CancellationToken cancellationToken)
    {
        await using var contents = new MemoryStream();
        SetupOutcome outcome;
        using (var document = WorkbookDocument.CreateEmpty(contents))
        {
            var workbook = document.WorkbookPart!;
            outcome = new LeadsTabSetup(workbook, layout).Prepare(LeadsTab.Add(workbook, layout.LeadsTab));
        }
        Interlocked.Increment(ref _calls);
        if (!await WorkbookFile.CreateAsync(_path, contents, cancellationToken))
            return null;
        _logger.WorkbookCreated(_path, layout.LeadsTab);
        return outcome;
    }

    private IReadOnlyList<string> Reported(IReadOnlyList<string> done, IReadOnlyList<string> notes)
    {
        foreach (var line in done)
            _logger.SetupChanged(_path, line);
        foreach (var note in notes)
            _logger.SetupNote(_path, note);
        return [.. done, .. notes];
    }
}
