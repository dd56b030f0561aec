using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Hosting;

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
                return Reported([$"Created {_path} with a {layout.LeadsTab} tab", TeamAdded(layout)], created.Notes);
            await using var file = await LockAsync(cancellationToken);
            SetupOutcome outcome;
            bool addedTab, addedSummary, addedTeam;
            using (var document = WorkbookDocument.Open(file.Contents, editable: true, _path))
            {
                var workbook = document.WorkbookPart!;
                var tab = LeadsTab.Find(workbook, layout.LeadsTab);
                addedTab = tab is null;
                outcome = new LeadsTabSetup(workbook, layout).Prepare(tab ?? LeadsTab.Add(workbook, layout.LeadsTab));
                addedSummary = AddSummaryTab(workbook, layout);
                addedTeam = TeamTab.Add(workbook, layout);
            }
            if (outcome.Done.Count > 0 || addedTab || addedSummary || addedTeam)
                await file.ReplaceAsync(file.Contents, cancellationToken);
            List<string> done = addedTab ? [$"Added a {layout.LeadsTab} tab to {_path}"] : [.. outcome.Done];
            if (addedSummary)
                done.Add($"Added a {layout.SummaryTab} tab to {_path} (filled at the next Summary refresh)");
            if (addedTeam)
                done.Add(TeamAdded(layout));
            return Reported(done, outcome.Notes);
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
            AddSummaryTab(workbook, layout);
            TeamTab.Add(workbook, layout);
        }
        Interlocked.Increment(ref _calls);
        if (!await WorkbookFile.CreateAsync(_path, contents, cancellationToken))
            return null;
        _logger.WorkbookCreated(_path, layout.LeadsTab);
        return outcome;
    }

    // SPEC §4: init prepares the tabs; the Summary's content comes from its refresh (SPEC §6).
    private static bool AddSummaryTab(DocumentFormat.OpenXml.Packaging.WorkbookPart workbook, SheetLayout layout)
    {
        if (LeadsTab.Find(workbook, layout.SummaryTab) is not null)
            return false;
        LeadsTab.Add(workbook, layout.SummaryTab);
        return true;
    }

    private string TeamAdded(SheetLayout layout) => LayoutVerdicts.TeamTabAdded(_path, layout.Team?.Count ?? 0);

    private IReadOnlyList<string> Reported(IReadOnlyList<string> done, IReadOnlyList<string> notes)
    {
        foreach (var line in done)
            _logger.SetupChanged(_path, line);
        foreach (var note in notes)
            _logger.SetupNote(_path, note);
        return [.. done, .. notes];
    }
}
