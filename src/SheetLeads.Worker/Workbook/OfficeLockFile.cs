namespace SheetLeads.Worker.Workbook;

/// <summary>
/// The lock files office programs leave next to a workbook they have open: LibreOffice's <c>.~lock.NAME#</c> and
/// Excel's <c>~$NAME</c>. Saving over a workbook that is open would be undone (or lost) when the person saves it.
/// </summary>
internal static class OfficeLockFile
{
    /// <summary>Which lock file is next to <paramref name="path"/>, in words (e.g. "LibreOffice lock file .~lock.leads.xlsx# found"), or null.</summary>
    public static string? Find(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var name = Path.GetFileName(path);
        var libreOffice = ".~lock." + name + "#";
        if (File.Exists(Path.Combine(folder, libreOffice)))
            return $"LibreOffice lock file {libreOffice} found";
        var excel = "~$" + name;
        if (File.Exists(Path.Combine(folder, excel)))
            return $"Excel lock file {excel} found";
        return null;
    }
}
