using SheetLeads.Core.Sheet;
using SheetLeads.Worker.Hosting;

namespace SheetLeads.Worker.Workbook;

internal sealed partial class WorkbookLeadSheet
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckVerdict>> CheckAsync(CancellationToken cancellationToken)
    {
        var verdicts = new List<CheckVerdict> { FolderVerdict() };
        if (WorkbookFile.IsMissing(_path))
        {
            verdicts.Add(new("workbook file", true,
                $"{_path} does not exist yet; the first sync (or 'sheetleads init') creates it with a {_layout.LeadsTab} tab."));
            return verdicts;
        }
        verdicts.Add(new("workbook file", true, $"{_path} exists."));

        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await using var file = await LockAsync(cancellationToken);
                verdicts.Add(new("workbook lock", true, $"{_path} is not open in another program."));
            }
            catch (SheetUnavailableException e)
            {
                verdicts.Add(new("workbook lock", false, e.Message));
            }
            verdicts.AddRange(await LayoutVerdictsAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
        return verdicts;
    }

    private async Task<IReadOnlyList<CheckVerdict>> LayoutVerdictsAsync(CancellationToken cancellationToken)
    {
        var tabSubject = $"{_layout.LeadsTab} tab";
        try
        {
            Interlocked.Increment(ref _calls);
            await using var contents = await WorkbookFile.ReadAsync(_path, cancellationToken);
            using var document = WorkbookDocument.Open(contents, editable: false, _path);
            var workbook = document.WorkbookPart!;
            if (LeadsTab.Find(workbook, _layout.LeadsTab) is not { } tab)
                return [new(tabSubject, false, MissingTab(workbook, _layout.LeadsTab).Message)];
            var reader = new CellReader(workbook, new WorkbookStyles(workbook));
            var header = tab.Header(reader);
            return [new(tabSubject, true, $"{_path} has a {tab.Name} tab."), LayoutVerdicts.Columns($"{_layout.LeadsTab} columns", tab.Name, _path, header),
                LayoutVerdicts.Team(TeamTab.Read(workbook, reader), _path)];
        }
        catch (SheetUnavailableException e)
        {
            return [new(tabSubject, false, e.Message)];
        }
    }

    private CheckVerdict FolderVerdict()
    {
        const string subject = "workbook folder";
        var folder = Path.GetDirectoryName(Path.GetFullPath(_path))!;
        var existing = folder;
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
            existing = parent;
        try
        {
            // The workbook is saved by writing a new file next to it, so the folder itself must take new files.
            using (new FileStream(Path.Combine(existing, $".sheetleads-check-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
                       FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return new(subject, true, existing == folder
                ? $"The folder {folder} is writable."
                : $"The folder {folder} does not exist yet; it will be created in {existing}, which is writable.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(subject, false,
                $"SheetLeads cannot create files in {existing} ({e.Message}); the workbook is saved by writing a new file next to it, " +
                "so give the user SheetLeads runs as write access to that folder, or set SheetLeads:Sheet:Workbook:Path to a writable place.");
        }
    }
}
