using SheetLeads.Core.Sheet;

namespace SheetLeads.Worker.Tests.Workbook;

public sealed class WorkbookLockTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public WorkbookLockTests()
    {
        _path = _folder.File("leads.xlsx");
        Some.TeamWorkbook(_path);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Writing_is_refused_while_libre_office_has_the_workbook_open()
    {
        await File.WriteAllTextAsync(_folder.File(".~lock.leads.xlsx#"), ",Alice,desk,22.11.2026 10:00,file:///home/alice/.config/libreoffice/4;");
        var before = await File.ReadAllBytesAsync(_path);
        using var sheet = Some.Sheet(_path);

        var error = await Assert.ThrowsAsync<SheetUnavailableException>(() => sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None));

        Assert.Equal($"{_path} is open in another program (LibreOffice lock file .~lock.leads.xlsx# found); close it and the next cycle writes the leads. " +
                     "If nobody has it open, delete that lock file.", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task Writing_is_refused_while_excel_has_the_workbook_open()
    {
        await File.WriteAllBytesAsync(_folder.File("~$leads.xlsx"), [5, 65, 108, 105, 99, 101]);
        var before = await File.ReadAllBytesAsync(_path);
        using var sheet = Some.Sheet(_path);

        var error = await Assert.ThrowsAsync<SheetUnavailableException>(() => sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None));

        Assert.StartsWith($"{_path} is open in another program (Excel lock file ~$leads.xlsx found); close it", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task Writing_is_refused_while_another_program_holds_the_file_locked()
    {
        var before = await File.ReadAllBytesAsync(_path);
        using var sheet = Some.Sheet(_path);
        SheetUnavailableException error;
        await using (new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            error = await Assert.ThrowsAsync<SheetUnavailableException>(() => sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None));

        Assert.Equal($"{_path} is open in another program (the file is locked); close it and the next cycle writes the leads.", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(_path));
    }

    [Fact]
    public async Task Reading_goes_on_while_libre_office_has_the_workbook_open()
    {
        await File.WriteAllTextAsync(_folder.File(".~lock.leads.xlsx#"), ",Alice,desk,22.11.2026 10:00,;");
        using var sheet = Some.Sheet(_path);

        var snapshot = await sheet.ReadAsync(CancellationToken.None);

        Assert.Equal(3, snapshot.Rows.Count);
    }

    [Fact]
    public async Task A_write_leaves_no_temporary_file_behind()
    {
        using var sheet = Some.Sheet(_path);

        await sheet.ApplyAsync(Some.Append(Some.NewLead(3)), CancellationToken.None);

        Assert.Equal(["leads.xlsx"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }
}
